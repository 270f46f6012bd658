// Funnel trends (reference A2.2 last bullet, PostHog "historical trends"): conversion per calendar
// period of the funnel's first step. An actor enters period P when a chain starts in P (step 0 in
// P and in the date range; unordered: a window whose oldest event is in P); it converted in P
// when such a chain reaches the last step within the window. The fold is run once per actor and
// period with the start restricted to that period, so one actor may count in several periods, as in
// PostHog's trends UDF.
import { toIso } from '../../shared/index.js';
import { createPeriodBucketer } from '../time/period-bucketer.js';
import { gridOfRange, gridPosition } from '../time/period-grid.js';
import { lowerBound } from './funnel-fold.js';
/** The period grid of a plan's trends (the query must ask for trends). */
export function funnelTrendGrid(plan) {
    const { query } = plan;
    if (!query.trends)
        throw new Error('the funnel query asks for no trends');
    const bucketer = createPeriodBucketer({
        period: query.trends.interval,
        timeZone: query.timezone,
        weekStart: query.weekStart,
    });
    return gridOfRange(bucketer, query.dateRange);
}
/** Entered and converted actors per period. */
export function funnelTrends(plan) {
    const grid = funnelTrendGrid(plan);
    const entered = new Float64Array(grid.count);
    const converted = new Float64Array(grid.count);
    const last = plan.stepCount - 1;
    forEachTrendResult(plan, grid, (_actor, position, maxStep) => {
        entered[position] += 1;
        if (maxStep === last)
            converted[position] += 1;
    });
    return Array.from(entered, (n, i) => ({
        start: toIso(grid.starts[i]),
        entered: n,
        converted: converted[i],
        conversion: n > 0 ? converted[i] / n : 0,
    }));
}
/**
 * Calls `visit` for every (actor, period position) where the actor entered the funnel, with the
 * furthest step its chains starting in that period reached.
 */
export function forEachTrendResult(plan, grid, visit) {
    const { table, mask, fold, matcher } = plan;
    const { from, to } = plan.query.dateRange;
    const unordered = plan.query.order === 'unordered';
    const { sigSteps, sigMember, stepCount } = matcher;
    const bounds = { startMin: 0, startMax: 0, lastTs: 0 };
    for (let actor = 0; actor < table.actorCount; actor++) {
        if (mask && mask[actor] !== 1)
            continue;
        const begin = table.actorStart[actor];
        const end = table.actorStart[actor + 1];
        let position = -1;
        for (let row = lowerBound(table.timestamps, begin, end, from); row < end; row++) {
            const t = table.timestamps[row];
            if (t > to)
                break;
            const sig = matcher.sig(row);
            const entry = sig >= 0 && (unordered ? sigSteps[sig].length > 0 : sigMember[sig * stepCount] === 1);
            if (!entry)
                continue;
            const at = gridPosition(grid, t);
            if (at === position || at < 0 || at >= grid.count)
                continue;
            position = at;
            periodBounds(grid, position, from, to, plan.windowMs, bounds);
            const reached = fold.fold(begin, end, bounds);
            if (reached >= 0)
                visit(actor, position, reached);
        }
    }
}
function periodBounds(grid, i, from, to, windowMs, out) {
    out.startMin = Math.max(grid.starts[i], from);
    // Instants are whole milliseconds: the period's last one is 1 ms before the next period starts.
    out.startMax = Math.min(grid.starts[i + 1] - 1, to);
    out.lastTs = out.startMax + windowMs;
}
//# sourceMappingURL=funnel-trends.js.map