// Responses of `POST /api/query/<kind>` (spec §3 and docs/api-internal.md): the server's own
// result types, which are already JSON-shaped (times as ISO-8601 strings).
import type { LifecycleResult } from '../../../src/core/analytics/index.js';

export type {
  ClvCustomer,
  ClvResult,
  FunnelResult,
  FunnelStepResult,
  KpiResult,
  LifecycleResult,
  PathsResult,
  RetentionResult,
  RfmResult,
  TrendsResult,
} from '../../../src/core/analytics/index.js';

export type LifecyclePeriod = LifecycleResult['periods'][number];
