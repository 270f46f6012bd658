// Analytics: the rules of every report, as pure folds over one columnar table of actor events.
// May import core/shared and core/events.
export type { ActorEvents, ActorEventsRequest, PropertyColumn } from './actor-events.js';
export { CALL_KEYS } from './actor-events.js';
export { buildActorEvents, buildColumn } from './build-actor-events.js';
export type { ActorEventInput } from './build-actor-events.js';
export {
  compileFilter,
  eventFilterSchema,
  filterProperties,
  propertyConditionSchema,
} from './event-filter.js';
export type { EventFilter, PropertyCondition, RowPredicate } from './event-filter.js';
export { dateRangeSchema, durationSchema, timeZoneSchema } from './date-range.js';
export type { DateRange } from './date-range.js';
export { maskOfProfiles } from './actor-mask.js';
export type { ActorMask } from './actor-mask.js';
export { defineQueryKind } from './query-kind.js';
export type { AnyQueryKind, QueryKind, RunOptions } from './query-kind.js';
export { QUERY_KINDS } from './query-kinds.js';
export { clvQuerySchema, clvCellSchema, clvProperties } from './clv/clv-query.js';
export type { ClvQuery, ClvQueryInput, ClvCell } from './clv/clv-query.js';
export { runClv } from './clv/run-clv.js';
export type { ClvResult, ClvCustomer } from './clv/run-clv.js';
export { clvActors } from './clv/clv-actors.js';
export { bgNbdProbabilityAlive, bgNbdExpectedPurchases } from './clv/bg-nbd.js';
export type { BgNbdParams } from './clv/bg-nbd-fit.js';
export type { GammaGammaParams } from './clv/gamma-gamma.js';
export { splitSessions, SESSION_GAP_MS, SESSION_MAX_MS } from './sessions/split-sessions.js';
export type { Sessions, SessionOptions } from './sessions/split-sessions.js';
export { kpiQuerySchema, kpiCellSchema, kpiProperties } from './kpis/kpi-query.js';
export type { KpiQuery, KpiResult, KpiCell } from './kpis/kpi-query.js';
export { runKpis, kpiActors } from './kpis/run-kpis.js';
export { rfmQuerySchema, rfmCellSchema } from './rfm/rfm-query.js';
export type { RfmQuery, RfmResult, RfmCustomer, RfmCell } from './rfm/rfm-query.js';
export { runRfm, rfmActors } from './rfm/run-rfm.js';
export { RFM_SEGMENTS } from './rfm/rfm-scores.js';
export { surveyQuerySchema, surveyCellSchema } from './surveys/survey-query.js';
export type { SurveyQuery, SurveyResult } from './surveys/survey-query.js';
export type { SurveyMetrics } from './surveys/survey-components.js';
export { runSurveys, surveyActors } from './surveys/run-surveys.js';
export { emailQuerySchema, emailCellSchema } from './email/email-query.js';
export type { EmailQuery, EmailResult, EmailCampaignMetrics } from './email/email-query.js';
export type { EmailMetrics } from './email/email-metrics.js';
export { runEmailMetrics, emailActors } from './email/run-email-metrics.js';
export { nextOrderQuerySchema, nextOrderCellSchema } from './predictions/next-order-query.js';
export type { NextOrderQuery, NextOrderResult, NextOrderPrediction } from './predictions/next-order-query.js';
export { predictNextOrders, nextOrderActors } from './predictions/predict-next-orders.js';
export { createPeriodBucketer } from './time/period-bucketer.js';
export type { PeriodBucketer, PeriodBucketerOptions } from './time/period-bucketer.js';
export { calendarPeriodSchema, weekStartSchema } from './time/calendar-period.js';
export type { CalendarPeriod, WeekStart } from './time/calendar-period.js';
export { retentionQuerySchema, retentionCellSchema } from './retention/retention-query.js';
export type { RetentionQuery, RetentionCell, RetentionResult } from './retention/retention-query.js';
export { runRetention, retentionActors } from './retention/run-retention.js';
export { lifecycleQuerySchema, lifecycleCellSchema } from './lifecycle/lifecycle-query.js';
export type { LifecycleQuery, LifecycleResult } from './lifecycle/lifecycle-query.js';
export { runLifecycle, lifecycleActors } from './lifecycle/run-lifecycle.js';
export { stickinessQuerySchema } from './stickiness/stickiness-query.js';
export type { StickinessQuery, StickinessResult } from './stickiness/stickiness-query.js';
export { runStickiness, stickinessActors } from './stickiness/run-stickiness.js';
export { pathsQuerySchema, pathsCellSchema } from './paths/paths-query.js';
export type { PathsQuery, PathsResult } from './paths/paths-query.js';
export { runPaths, pathsActors } from './paths/run-paths.js';
export { trendsQuerySchema, trendsCellSchema } from './trends/trends-query.js';
export type { TrendsQuery, TrendsResult } from './trends/trends-query.js';
export { runTrends, trendsActors } from './trends/run-trends.js';
export { funnelQuerySchema, funnelProperties, MAX_FUNNEL_STEPS } from './funnel/funnel-query.js';
export type { FunnelQuery, FunnelStep, FunnelExclusion, FunnelOrder } from './funnel/funnel-query.js';
export { runFunnel } from './funnel/run-funnel.js';
export type { FunnelResult, FunnelBreakdownResult } from './funnel/run-funnel.js';
export type { FunnelStepResult } from './funnel/funnel-stats.js';
export { funnelActors, funnelCellSchema } from './funnel/funnel-actors.js';
export type { FunnelCell } from './funnel/funnel-actors.js';
