// POST /api/query/lifecycle: PostHog's lifecycle algorithm (reference A5,
// lifecycle_query_runner.py `events_query`) with "new" keyed to the profile's first-seen time:
// per actor, the sorted distinct active periods from one period before the range to its end;
// each is new (its period is the first-seen period and it is the first one), returning (the
// previous active period is the one before) or resurrecting; one dormant right after each active
// period not followed by another. Every actor has at most one status per period.
import { toIso } from '../../shared/index.js';
import { filterProperties } from '../event-filter.js';
import { matchesRow, rowMatcher } from '../retention/row-matcher.js';
import { createPeriodBucketer } from '../time/period-bucketer.js';
import { gridOfRange, gridPosition } from '../time/period-grid.js';
import { LIFECYCLE_STATUSES, } from './lifecycle-query.js';
const NEW = 0;
const RETURNING = 1;
const RESURRECTING = 2;
const DORMANT = 3;
/** Property paths the query's filter reads. */
export function lifecycleProperties(query) {
    return filterProperties([query.event]);
}
/** Counts of every period of the range (zero-filled), dormant negated, with Pulse. */
export function runLifecycle(table, query, options) {
    const { counts, starts, periods } = foldLifecycle(table, query, options.mask);
    return {
        periods: Array.from({ length: periods }, (_, p) => {
            const count = (status) => counts[status * periods + p];
            const dormant = count(DORMANT);
            return {
                start: toIso(starts[p + 1]),
                new: count(NEW),
                returning: count(RETURNING),
                resurrecting: count(RESURRECTING),
                dormant: dormant === 0 ? 0 : -dormant,
                pulse: dormant === 0 ? null : (count(NEW) + count(RESURRECTING)) / dormant,
            };
        }),
    };
}
/** The actors with `status` in period position `period` (ascending actor indices). */
export function lifecycleActors(table, query, cell, options = {}) {
    const target = { period: cell.period, status: LIFECYCLE_STATUSES.indexOf(cell.status), actors: [] };
    foldLifecycle(table, query, options.mask, target);
    return target.actors;
}
function foldLifecycle(table, query, actorMask, target) {
    const bucketer = createPeriodBucketer({
        period: query.period,
        timeZone: query.timezone,
        weekStart: query.weekStart,
    });
    // Position 0 is the period before the range: activity there decides "returning" in the first one.
    const grid = gridOfRange(bucketer, query.dateRange, 1, 0);
    const periods = grid.count - 1;
    const counts = new Int32Array(LIFECYCLE_STATUSES.length * periods);
    const matcher = rowMatcher(query.event, table);
    const { actorStart, timestamps, events, actorFirstSeen } = table;
    const { starts } = grid;
    const windowStart = starts[0];
    const windowEnd = starts[grid.count];
    const emit = (actor, position, status) => {
        const p = position - 1;
        if (p < 0 || p >= periods)
            return;
        counts[status * periods + p] += 1;
        if (target !== undefined && target.period === p && target.status === status)
            target.actors.push(actor);
    };
    for (let actor = 0; actor < table.actorCount; actor++) {
        if (actorMask !== undefined && actorMask[actor] === 0)
            continue;
        const created = bucketer.index(actorFirstSeen[actor]) - grid.first; // as a grid position
        let previous = Number.NaN; // position of the previous active period
        let position = -1;
        for (let row = actorStart[actor], hi = actorStart[actor + 1]; row < hi; row++) {
            const at = timestamps[row];
            if (at >= windowEnd)
                break;
            if (at < windowStart || !matchesRow(matcher, events, row))
                continue;
            if (position < 0)
                position = gridPosition(grid, at);
            else
                while (at >= starts[position + 1])
                    position++;
            if (position === previous)
                continue;
            if (Number.isNaN(previous))
                emit(actor, position, position === created ? NEW : RESURRECTING);
            else {
                if (previous + 1 !== position)
                    emit(actor, previous + 1, DORMANT);
                emit(actor, position, previous + 1 === position ? RETURNING : RESURRECTING);
            }
            previous = position;
        }
        if (!Number.isNaN(previous))
            emit(actor, previous + 1, DORMANT);
    }
    return { counts, starts, periods };
}
//# sourceMappingURL=run-lifecycle.js.map