import { filterProperties } from '../event-filter.js';
import { matchesRow, rowMatcher } from '../retention/row-matcher.js';
import { createPeriodBucketer } from '../time/period-bucketer.js';
import { gridOfRange, gridPosition } from '../time/period-grid.js';
/** Property paths the query's filter reads. */
export function stickinessProperties(query) {
    return filterProperties([query.event]);
}
/** Actors by number of active intervals, k = 1 … the number of intervals in the range. */
export function runStickiness(table, query, options) {
    const perActor = activeIntervals(table, query, options.mask);
    const exactly = new Array(perActor.intervals).fill(0);
    for (const k of perActor.counts)
        if (k > 0)
            exactly[k - 1] += 1;
    const atLeast = [...exactly];
    for (let k = atLeast.length - 2; k >= 0; k--)
        atLeast[k] += atLeast[k + 1];
    return {
        counts: exactly.map((actors, i) => ({ intervals: i + 1, actors })),
        cumulative: atLeast.map((actors, i) => ({ intervals: i + 1, actors })),
    };
}
/** The actors active in exactly `intervals` intervals (or at least, when `cumulative`). */
export function stickinessActors(table, query, cell, options = {}) {
    const { counts } = activeIntervals(table, query, options.mask);
    const actors = [];
    counts.forEach((k, actor) => {
        if (k > 0 && (cell.cumulative ? k >= cell.intervals : k === cell.intervals))
            actors.push(actor);
    });
    return actors;
}
/** Per actor, the number of distinct intervals with a matching event inside the range. */
function activeIntervals(table, query, actorMask) {
    const bucketer = createPeriodBucketer({
        period: query.interval,
        timeZone: query.timezone,
        weekStart: query.weekStart,
    });
    const grid = gridOfRange(bucketer, query.dateRange);
    const matcher = rowMatcher(query.event, table);
    const counts = new Int32Array(table.actorCount);
    const { actorStart, timestamps, events } = table;
    const { from, to } = query.dateRange;
    for (let actor = 0; actor < table.actorCount; actor++) {
        if (actorMask !== undefined && actorMask[actor] === 0)
            continue;
        let position = -1;
        let last = -1;
        for (let row = actorStart[actor], hi = actorStart[actor + 1]; row < hi; row++) {
            const at = timestamps[row];
            if (at < from || !matchesRow(matcher, events, row))
                continue;
            if (at > to)
                break;
            if (position < 0)
                position = gridPosition(grid, at);
            else
                while (at >= grid.starts[position + 1])
                    position++;
            if (position !== last) {
                last = position;
                counts[actor] += 1;
            }
        }
    }
    return { counts, intervals: grid.count };
}
//# sourceMappingURL=run-stickiness.js.map