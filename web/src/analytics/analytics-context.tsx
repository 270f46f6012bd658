import { createContext, useContext } from 'react';
import type { ProfileListView } from '../api-client/analytics-cells.js';
import type { DateRangeInput, ReportScope } from '../api-client/analytics-queries.js';
import type { Resource } from '../app/use-resource.js';
import type { RangeChoice } from './filters/date-range.js';
import type { PeopleRequest } from './people/people-request.js';

/** What every report of the section shares: the date range, the segment, and the people drawer. */
export interface AnalyticsScope {
  choice: RangeChoice;
  setChoice(choice: RangeChoice): void;
  /** Null while "All time" looks for the first event. */
  range: DateRangeInput | null;
  segmentId: string | null;
  setSegmentId(id: string | null): void;
  /** The browser's IANA zone: days and weeks are cut where the user lives. */
  timezone: string;
  lists: Resource<{ lists: ProfileListView[] }>;
  /** Query kinds the server offers; undefined while loading. */
  kinds: string[] | undefined;
  showPeople(request: PeopleRequest): void;
}

export const AnalyticsScopeContext = createContext<AnalyticsScope | null>(null);

export function useAnalyticsScope(): AnalyticsScope {
  const scope = useContext(AnalyticsScopeContext);
  if (scope === null) throw new Error('useAnalyticsScope must be used inside the analytics section');
  return scope;
}

/** The shared fields of a report body, or null until the range is known. */
export function useReportScope(): ReportScope | null {
  const { range, segmentId, timezone } = useAnalyticsScope();
  if (range === null) return null;
  return { dateRange: range, timezone, ...(segmentId === null ? {} : { segmentId }) };
}
