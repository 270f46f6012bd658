// A funnel query made ready to run against one table: step matching compiled, the fold for its
// order allocated once, the date-range bounds, the breakdown column. Shared by the result, the
// actors behind a cell and the trends, so all three count exactly the same way.
import { durationToMs } from '../../shared/index.js';
import type { ActorEvents, PropertyColumn } from '../actor-events.js';
import type { ActorMask } from '../actor-mask.js';
import { OrderedFunnelFold } from './fold-funnel.js';
import { UnorderedFunnelFold } from './fold-unordered-funnel.js';
import type { FoldBounds, FunnelFold } from './funnel-fold.js';
import { compileFunnelMatcher, type FunnelMatcher } from './funnel-matcher.js';
import { attributionStep, type FunnelQuery } from './funnel-query.js';

/** How breakdown values are attributed to an actor (reference A2.1 "Breakdown attribution"). */
export interface BreakdownPlan {
  readonly column: PropertyColumn;
  readonly mode: 'first_touch' | 'last_touch' | 'all_events' | 'step';
  /** The step of `step:K`; −1 for the other modes. */
  readonly step: number;
  readonly limit: number;
}

/** A funnel query bound to a table. */
export interface FunnelPlan {
  readonly table: ActorEvents;
  readonly query: FunnelQuery;
  readonly stepCount: number;
  readonly windowMs: number;
  /** Step 0 within the date range; later steps up to one window after its end. */
  readonly bounds: Readonly<FoldBounds>;
  readonly matcher: FunnelMatcher;
  readonly fold: FunnelFold;
  readonly breakdown?: BreakdownPlan;
  readonly mask: ActorMask;
}

/** Binds a parsed query to a table (compiles filters; throws if a needed column is not loaded). */
export function planFunnel(table: ActorEvents, query: FunnelQuery, mask: ActorMask): FunnelPlan {
  const windowMs = durationToMs(query.window);
  const { from, to } = query.dateRange;
  const bounds = { startMin: from, startMax: to, lastTs: to + windowMs };
  const matcher = compileFunnelMatcher(table, query.steps, query.exclusions, from, bounds.lastTs);
  const breakdown = query.breakdown ? planBreakdown(table, query.breakdown) : undefined;
  const setup = {
    table,
    matcher,
    windowMs,
    exclusionMode: query.exclusionMode,
    valueCodes: breakdown?.column.codes,
    valueStrings: breakdown?.column.strings,
  };
  const fold =
    query.order === 'unordered'
      ? new UnorderedFunnelFold(setup)
      : new OrderedFunnelFold(setup, query.order === 'strict');
  return { table, query, stepCount: query.steps.length, windowMs, bounds, matcher, fold, breakdown, mask };
}

function planBreakdown(table: ActorEvents, breakdown: NonNullable<FunnelQuery['breakdown']>): BreakdownPlan {
  const column = table.column(breakdown.property);
  if (!column) throw new Error(`column ${breakdown.property} was not loaded for this query`);
  const step = attributionStep(breakdown.attribution);
  const { attribution } = breakdown;
  const mode =
    step !== undefined
      ? 'step'
      : attribution === 'last_touch' || attribution === 'all_events'
        ? attribution
        : 'first_touch';
  return { column, mode, step: step ?? -1, limit: breakdown.limit };
}

/**
 * Folds every counted actor over the date range and calls `visit` with its furthest step (−1 when
 * it never entered or was disqualified). `plan.fold.chain` holds the winning chain during the call.
 */
export function forEachFunnelActor(plan: FunnelPlan, visit: (actor: number, maxStep: number) => void): void {
  const { table, mask, fold, bounds } = plan;
  const starts = table.actorStart;
  for (let actor = 0; actor < table.actorCount; actor++) {
    if (mask && mask[actor] !== 1) continue;
    const begin = starts[actor]!;
    const end = starts[actor + 1]!;
    if (begin === end) continue;
    visit(actor, fold.fold(begin, end, bounds));
  }
}
