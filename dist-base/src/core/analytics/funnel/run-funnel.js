import { BreakdownAttributor } from './funnel-breakdown.js';
import { forEachFunnelActor, planFunnel } from './funnel-plan.js';
import { funnelStepName } from './funnel-query.js';
import { StepAggregate } from './funnel-stats.js';
import { funnelTrends } from './funnel-trends.js';
/**
 * Computes a funnel. `steps` counts every actor once; with `all_events` or `step:K` attribution an
 * actor may appear under several breakdown values. `options.now` is not needed: a funnel over a
 * past range does not change, and events after `now` do not exist yet.
 * @example runFunnel(table, funnelQuerySchema.parse(body), { now, mask })
 */
export function runFunnel(table, query, options) {
    const plan = planFunnel(table, query, options.mask);
    const timestamps = table.timestamps;
    const total = new StepAggregate(plan.stepCount);
    const byValue = new Map();
    const attributor = plan.breakdown ? new BreakdownAttributor(plan) : undefined;
    const addToValue = (code, maxStep, chain) => {
        let aggregate = byValue.get(code);
        if (!aggregate)
            byValue.set(code, (aggregate = new StepAggregate(plan.stepCount)));
        aggregate.add(maxStep, chain, timestamps);
    };
    forEachFunnelActor(plan, (actor, maxStep) => {
        if (maxStep >= 0)
            total.add(maxStep, plan.fold.chain, timestamps);
        attributor?.visit(actor, maxStep, addToValue);
    });
    const names = query.steps.map((_, k) => funnelStepName(query, k));
    return {
        steps: total.steps(names),
        breakdowns: breakdownResults(plan, byValue, names),
        ...(query.trends ? { trends: funnelTrends(plan) } : {}),
    };
}
/**
 * Breakdown values by popularity: most actors entered first, then most reaching the last step,
 * then by value (no value last). Only the first `breakdown.limit` are reported.
 */
function breakdownResults(plan, byValue, names) {
    if (!plan.breakdown)
        return [];
    const strings = plan.breakdown.column.strings;
    const last = plan.stepCount - 1;
    const ranked = [...byValue]
        .map(([code, aggregate]) => ({ code, aggregate, counts: aggregate.counts() }))
        .filter((entry) => entry.counts[0] > 0)
        .sort((a, b) => b.counts[0] - a.counts[0] ||
        b.counts[last] - a.counts[last] ||
        compareValues(a.code < 0 ? null : strings[a.code], b.code < 0 ? null : strings[b.code]));
    return ranked.slice(0, plan.breakdown.limit).map(({ code, aggregate }) => ({
        value: code < 0 ? null : strings[code],
        steps: aggregate.steps(names),
    }));
}
function compareValues(a, b) {
    if (a === b)
        return 0;
    if (a === null)
        return 1;
    if (b === null)
        return -1;
    return a < b ? -1 : 1;
}
//# sourceMappingURL=run-funnel.js.map