// A funnel query made ready to run against one table: step matching compiled, the fold for its
// order allocated once, the date-range bounds, the breakdown column. Shared by the result, the
// actors behind a cell and the trends, so all three count exactly the same way.
import { durationToMs } from '../../shared/index.js';
import { OrderedFunnelFold } from './fold-funnel.js';
import { UnorderedFunnelFold } from './fold-unordered-funnel.js';
import { compileFunnelMatcher } from './funnel-matcher.js';
import { attributionStep } from './funnel-query.js';
/** Binds a parsed query to a table (compiles filters; throws if a needed column is not loaded). */
export function planFunnel(table, query, mask) {
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
    const fold = query.order === 'unordered'
        ? new UnorderedFunnelFold(setup)
        : new OrderedFunnelFold(setup, query.order === 'strict');
    return { table, query, stepCount: query.steps.length, windowMs, bounds, matcher, fold, breakdown, mask };
}
function planBreakdown(table, breakdown) {
    const column = table.column(breakdown.property);
    if (!column)
        throw new Error(`column ${breakdown.property} was not loaded for this query`);
    const step = attributionStep(breakdown.attribution);
    const { attribution } = breakdown;
    const mode = step !== undefined
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
export function forEachFunnelActor(plan, visit) {
    const { table, mask, fold, bounds } = plan;
    const starts = table.actorStart;
    for (let actor = 0; actor < table.actorCount; actor++) {
        if (mask && mask[actor] !== 1)
            continue;
        const begin = starts[actor];
        const end = starts[actor + 1];
        if (begin === end)
            continue;
        visit(actor, fold.fold(begin, end, bounds));
    }
}
//# sourceMappingURL=funnel-plan.js.map