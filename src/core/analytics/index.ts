// Analytics: the rules of every report, as pure folds over one columnar table of actor events.
// May import core/shared and core/events.
export type { ActorEvents, ActorEventsRequest, PropertyColumn } from './actor-events.js';
export { CALL_KEYS } from './actor-events.js';
export { buildActorEvents, buildColumn } from './build-actor-events.js';
export type { ActorEventInput } from './build-actor-events.js';
export { compileFilter, eventFilterSchema, filterProperties, propertyConditionSchema } from './event-filter.js';
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
