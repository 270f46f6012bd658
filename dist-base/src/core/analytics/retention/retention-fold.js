import { rollingPeriodMs } from '../time/calendar-period.js';
import { createPeriodBucketer } from '../time/period-bucketer.js';
import { gridOfRange, gridPosition } from '../time/period-grid.js';
import { ANY_EVENT, NO_EVENT, matchesRow, rowMatcher } from './row-matcher.js';
/** Prepares the masks and the period grid of a query. */
export function planRetention(table, query) {
    const bucketer = createPeriodBucketer({
        period: query.period,
        timeZone: query.timezone,
        weekStart: query.weekStart,
    });
    const grid = gridOfRange(bucketer, query.dateRange, 0, query.periods - 1);
    return {
        query,
        grid,
        cohortCount: grid.count - (query.periods - 1),
        periods: query.periods,
        periodMs: rollingPeriodMs(query.period),
        start: rowMatcher(query.startEvent, table),
        returns: rowMatcher(query.returnEvent, table),
    };
}
/** Runs the fold over every actor the mask keeps; collects the actors of `target` when given. */
export function foldRetention(table, plan, actorMask, target) {
    const cells = {
        sizes: new Int32Array(plan.cohortCount),
        values: new Int32Array(plan.cohortCount * plan.periods),
        lastStart: new Float64Array(plan.cohortCount).fill(-Infinity),
    };
    const fold = { table, plan, cells, target, scan: scannerOf(plan.query) };
    const { actorStart } = table;
    for (let actor = 0; actor < table.actorCount; actor++) {
        if (actorMask !== undefined && actorMask[actor] === 0)
            continue;
        const lo = actorStart[actor];
        const hi = actorStart[actor + 1];
        if (plan.query.cohortMode === 'recurring')
            enterEveryPeriod(fold, actor, lo, hi);
        else {
            const row = plan.query.cohortMode === 'first_time' ? firstStartRow(fold, lo, hi) : firstEverRow(fold, lo, hi);
            if (row >= 0)
                enter(fold, actor, lo, hi, row);
        }
    }
    return cells;
}
function scannerOf(query) {
    if (query.timeBasis === 'rolling')
        return query.criterion === 'on' ? scanRollingOn : scanRollingOnOrAfter;
    return query.criterion === 'on' ? scanCalendarOn : scanCalendarOnOrAfter;
}
/** first_time: the first row matching the start filter (with its conditions). */
function firstStartRow(fold, lo, hi) {
    const { start } = fold.plan;
    const events = fold.table.events;
    for (let row = lo; row < hi; row++)
        if (matchesRow(start, events, row))
            return row;
    return -1;
}
/** first_ever: the actor's first occurrence of the event at all; dropped unless it matches the filter. */
function firstEverRow(fold, lo, hi) {
    const { start } = fold.plan;
    const events = fold.table.events;
    if (start.code === NO_EVENT || lo >= hi)
        return -1;
    let row = lo;
    if (start.code !== ANY_EVENT) {
        while (row < hi && events[row] !== start.code)
            row++;
        if (row === hi)
            return -1;
    }
    return start.mask === undefined || start.mask[row] === 1 ? row : -1;
}
/** recurring: one entry per period of the range with a start event, starting at its first one. */
function enterEveryPeriod(fold, actor, lo, hi) {
    const { start, query, grid } = fold.plan;
    const { from, to } = query.dateRange;
    const { timestamps, events } = fold.table;
    const starts = grid.starts;
    let cohort = -1; // grid position of the latest entry
    for (let row = lo; row < hi; row++) {
        const at = timestamps[row];
        if (at < from)
            continue;
        if (at > to)
            return;
        if (cohort >= 0 && at < starts[cohort + 1])
            continue; // still in the entered period
        if (!matchesRow(start, events, row))
            continue;
        cohort = gridPosition(grid, at);
        enter(fold, actor, lo, hi, row);
    }
}
/** Counts an entry in its cohort (if its start falls in the date range) and scans its returns. */
function enter(fold, actor, lo, hi, row) {
    const timestamps = fold.table.timestamps;
    const start = timestamps[row];
    const { from, to } = fold.plan.query.dateRange;
    if (start < from || start > to)
        return;
    const k = gridPosition(fold.plan.grid, start);
    const { sizes, lastStart } = fold.cells;
    sizes[k] += 1;
    if (start > lastStart[k])
        lastStart[k] = start;
    // A return at the start's own timestamp counts, whatever the stored order of equal-time rows.
    let first = row;
    while (first > lo && timestamps[first - 1] === start)
        first--;
    fold.scan(fold, actor, k, start, first, hi);
}
function hit(fold, actor, k, n) {
    fold.cells.values[k * fold.plan.periods + n] += 1;
    const target = fold.target;
    if (target !== undefined && target.cohort === k && target.period === n)
        target.actors.push(actor);
}
/** Calendar, `on`: a return in period k + n counts in column n (period 0: at or after the start). */
function scanCalendarOn(fold, actor, k, start, from, hi) {
    const { timestamps, events } = fold.table;
    const { returns, periods, grid } = fold.plan;
    const { code, mask } = returns;
    const anyEvent = code === ANY_EVENT;
    const starts = grid.starts;
    const limit = k + periods;
    let position = k;
    let end = starts[k + 1];
    let last = -1;
    for (let row = from; row < hi; row++) {
        const at = timestamps[row];
        while (at >= end) {
            if (++position >= limit)
                return;
            end = starts[position + 1];
        }
        if ((!anyEvent && events[row] !== code) || (mask !== undefined && mask[row] === 0))
            continue;
        if (position - k !== last) {
            last = position - k;
            hit(fold, actor, k, last);
        }
    }
}
/** Calendar, `on_or_after`: the latest return reaches column n ⇒ columns 0 … n count. */
function scanCalendarOnOrAfter(fold, actor, k, start, from, hi) {
    const row = lastReturnRow(fold, from, hi);
    if (row < 0)
        return;
    const reach = gridPosition(fold.plan.grid, fold.table.timestamps[row]) - k;
    for (let n = 0; n <= Math.min(reach, fold.plan.periods - 1); n++)
        hit(fold, actor, k, n);
}
/** Rolling, `on`: column n = a return in [start + n·P, start + (n+1)·P). */
function scanRollingOn(fold, actor, k, start, from, hi) {
    const { timestamps, events } = fold.table;
    const { returns, periods, periodMs } = fold.plan;
    let last = -1;
    for (let row = from; row < hi; row++) {
        const n = Math.floor((timestamps[row] - start) / periodMs);
        if (n >= periods)
            return;
        if (n === last || !matchesRow(returns, events, row))
            continue;
        last = n;
        hit(fold, actor, k, n);
    }
}
/** Rolling, `on_or_after`: a return at or after start + n·P counts in columns 0 … n. */
function scanRollingOnOrAfter(fold, actor, k, start, from, hi) {
    const row = lastReturnRow(fold, from, hi);
    if (row < 0)
        return;
    const reach = Math.floor((fold.table.timestamps[row] - start) / fold.plan.periodMs);
    for (let n = 0; n <= Math.min(reach, fold.plan.periods - 1); n++)
        hit(fold, actor, k, n);
}
/** The actor's last row matching the return filter in [from, hi), or −1. */
function lastReturnRow(fold, from, hi) {
    const { returns } = fold.plan;
    const events = fold.table.events;
    for (let row = hi - 1; row >= from; row--)
        if (matchesRow(returns, events, row))
            return row;
    return -1;
}
//# sourceMappingURL=retention-fold.js.map