import type {
  ActorsPage,
  ClvCell,
  EmailCell,
  FunnelCell,
  KpiCell,
  LifecycleCell,
  NextOrderCell,
  PathsCell,
  ProfileListView,
  RetentionCell,
  RfmCell,
  SurveyCell,
  TrendsCell,
} from './analytics-cells.js';
import type { EmailResult, NextOrderResult, SurveyResult } from './analytics-insight-results.js';
import type {
  ClvQuery,
  EmailQuery,
  FunnelQuery,
  KpiQuery,
  LifecycleQuery,
  NextOrderQuery,
  PathsQuery,
  RetentionQuery,
  RfmQuery,
  SurveyQuery,
  TrendsQuery,
} from './analytics-queries.js';
import type {
  ClvResult,
  FunnelResult,
  KpiResult,
  LifecycleResult,
  PathsResult,
  RetentionResult,
  RfmResult,
  TrendsResult,
} from './analytics-results.js';
import { requestJson, type HttpSettings } from './http-request.js';

/** Every report the web app draws: its request body, its answer, and the cell of a click-through. */
export interface AnalyticsKinds {
  funnel: { query: FunnelQuery; result: FunnelResult; cell: FunnelCell };
  retention: { query: RetentionQuery; result: RetentionResult; cell: RetentionCell };
  lifecycle: { query: LifecycleQuery; result: LifecycleResult; cell: LifecycleCell };
  paths: { query: PathsQuery; result: PathsResult; cell: PathsCell };
  trends: { query: TrendsQuery; result: TrendsResult; cell: TrendsCell };
  kpis: { query: KpiQuery; result: KpiResult; cell: KpiCell };
  clv: { query: ClvQuery; result: ClvResult; cell: ClvCell };
  rfm: { query: RfmQuery; result: RfmResult; cell: RfmCell };
  'next-orders': { query: NextOrderQuery; result: NextOrderResult; cell: NextOrderCell };
  surveys: { query: SurveyQuery; result: SurveyResult; cell: SurveyCell };
  email: { query: EmailQuery; result: EmailResult; cell: EmailCell };
}

export type AnalyticsKind = keyof AnalyticsKinds;

/** `POST /api/query/<kind>/actors`: the people behind one cell, a page at a time. */
export interface ActorsRequest<K extends AnalyticsKind> {
  query: AnalyticsKinds[K]['query'];
  cell: AnalyticsKinds[K]['cell'];
  /** @default 100 */
  limit?: number;
  offset?: number;
  /** Saves every actor of the cell (not only this page) as a list with this name. */
  saveAs?: string;
}

/** The analytics routes of docs/api-internal.md: reports, their people, saved lists. */
export function createAnalyticsClient(settings: HttpSettings) {
  return {
    /** Query kinds this server offers. */
    kinds: () => requestJson<{ kinds: string[] }>(settings, 'GET', '/api/query'),
    run: <K extends AnalyticsKind>(kind: K, query: AnalyticsKinds[K]['query'], signal?: AbortSignal) =>
      requestJson<AnalyticsKinds[K]['result']>(settings, 'POST', `/api/query/${kind}`, {
        body: query,
        signal,
      }),
    actors: <K extends AnalyticsKind>(kind: K, request: ActorsRequest<K>) =>
      requestJson<ActorsPage>(settings, 'POST', `/api/query/${kind}/actors`, { body: request }),
    lists: () => requestJson<{ lists: ProfileListView[] }>(settings, 'GET', '/api/lists'),
  };
}

export type AnalyticsClient = ReturnType<typeof createAnalyticsClient>;
