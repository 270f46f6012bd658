import { useEffect, useRef } from 'react';
import type { AnalyticsKind, AnalyticsKinds } from '../../api-client/analytics-client.js';
import { useApiClient } from '../../app/auth-provider.js';
import { useDebouncedValue } from '../../app/use-debounced-value.js';
import { useResource } from '../../app/use-resource.js';

export interface Report<K extends AnalyticsKind> {
  /** The answer on screen and the query that produced it (click-throughs must reuse that query). */
  shown: { query: AnalyticsKinds[K]['query']; result: AnalyticsKinds[K]['result'] } | undefined;
  error: Error | undefined;
  /** A query is in flight (the first one, or an update while the previous answer stays shown). */
  isLoading: boolean;
}

/**
 * Runs a report whenever its query changes, waiting `delayMs` for edits to settle (typing a step
 * name runs one query, not one per key). A null query (form incomplete) runs nothing.
 */
export function useReport<K extends AnalyticsKind>(
  kind: K,
  query: AnalyticsKinds[K]['query'] | null,
  delayMs = 350,
): Report<K> {
  const client = useApiClient();
  const key = query === null ? '' : JSON.stringify(query);
  const latestQuery = useRef(query);
  useEffect(() => {
    latestQuery.current = query;
  });
  const settledKey = useDebouncedValue(key, delayMs);
  const resource = useResource(
    `${kind}:${settledKey}`,
    async () => {
      const current = latestQuery.current;
      if (settledKey === '' || current === null) return undefined;
      return { query: current, result: await client.analytics.run(kind, current) };
    },
    { keepPrevious: true },
  );
  return {
    shown: key === '' ? undefined : resource.data,
    error: resource.error,
    isLoading: key !== '' && (resource.isLoading || settledKey !== key),
  };
}
