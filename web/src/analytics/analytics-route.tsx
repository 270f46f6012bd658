import { lazy, Suspense } from 'react';
import { Spinner } from '../ui/spinner.js';

// Loaded on first visit: the charts library stays out of the bundle the rest of the app needs.
const AnalyticsSection = lazy(() =>
  import('./analytics-section.js').then((module) => ({ default: module.AnalyticsSection })),
);

/** `/analytics` and `/analytics/<report>`. */
export function AnalyticsRoute({ slug }: { slug?: string }) {
  return (
    <Suspense fallback={<Spinner label="Loading analytics…" />}>
      <AnalyticsSection slug={slug} />
    </Suspense>
  );
}
