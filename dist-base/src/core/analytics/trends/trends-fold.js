import { matchesRow } from '../retention/row-matcher.js';
import { gridPosition } from '../time/period-grid.js';
import { MAX_BREAKDOWN_VALUES, NONE_BREAKDOWN_VALUE, OTHER_BREAKDOWN_VALUE, } from './trends-query.js';
/** First row of `actor` at or after `from` (rows are sorted by time). */
function firstRowFrom(table, actor, from) {
    let row = table.actorStart[actor];
    const hi = table.actorStart[actor + 1];
    while (row < hi && table.timestamps[row] < from)
        row++;
    return row;
}
/** Ranks the breakdown values of a series by event count: the top ones get a slot, the rest "Other". */
export function breakdownSlots(table, query, matcher, actorMask) {
    if (query.breakdown === undefined)
        return { slotOf: undefined, labels: [undefined], column: undefined };
    const column = loadedColumn(table, query.breakdown.property);
    const none = column.strings.length;
    const counts = new Int32Array(none + 1);
    const { actorStart, timestamps, events } = table;
    const { from, to } = query.dateRange;
    for (let actor = 0; actor < table.actorCount; actor++) {
        if (actorMask !== undefined && actorMask[actor] === 0)
            continue;
        for (let row = firstRowFrom(table, actor, from), hi = actorStart[actor + 1]; row < hi; row++) {
            if (timestamps[row] > to)
                break;
            if (!matchesRow(matcher, events, row))
                continue;
            const code = column.codes[row];
            counts[code < 0 ? none : code] += 1;
        }
    }
    const label = (code) => (code === none ? NONE_BREAKDOWN_VALUE : column.strings[code]);
    const ranked = [...counts.keys()]
        .filter((code) => counts[code] > 0)
        .sort((a, b) => counts[b] - counts[a] || (label(a) < label(b) ? -1 : 1));
    const kept = ranked.slice(0, MAX_BREAKDOWN_VALUES);
    const slotOf = new Int32Array(none + 1).fill(kept.length);
    kept.forEach((code, slot) => (slotOf[code] = slot));
    const labels = kept.map(label);
    if (ranked.length > kept.length)
        labels.push(OTHER_BREAKDOWN_VALUE);
    return { slotOf, labels, column };
}
/** Values of every (slot, position) cell of one series: `values[slot * grid.count + position]`. */
export function foldSeries(table, query, series, grid, matcher, slots, actorMask, target) {
    const points = grid.count;
    const cells = slots.labels.length * points;
    const values = new Float64Array(cells);
    const [kind, property] = splitMath(series.math);
    const numbers = property === undefined ? undefined : loadedColumn(table, property).numbers;
    const counted = new Float64Array(kind === 'avg' ? cells : 0); // events with a number, for the mean
    const lastActor = new Int32Array(kind === 'unique_actors' ? cells : 0).fill(-1);
    const { slotOf, column } = slots;
    const codes = column?.codes;
    const none = column?.strings.length ?? 0;
    const starts = grid.starts;
    const { actorStart, timestamps, events } = table;
    const { from, to } = query.dateRange;
    for (let actor = 0; actor < table.actorCount; actor++) {
        if (actorMask !== undefined && actorMask[actor] === 0)
            continue;
        let position = -1;
        for (let row = firstRowFrom(table, actor, from), hi = actorStart[actor + 1]; row < hi; row++) {
            const at = timestamps[row];
            if (at > to)
                break;
            if (!matchesRow(matcher, events, row))
                continue;
            if (position < 0)
                position = gridPosition(grid, at);
            else
                while (at >= starts[position + 1])
                    position++;
            const code = codes === undefined ? 0 : codes[row];
            const slot = slotOf === undefined ? 0 : slotOf[code < 0 ? none : code];
            const cell = slot * points + position;
            if (target !== undefined && position === target.position && (target.slot < 0 || target.slot === slot)) {
                if (target.actors[target.actors.length - 1] !== actor)
                    target.actors.push(actor);
            }
            if (kind === 'total')
                values[cell] += 1;
            else if (kind === 'unique_actors') {
                if (lastActor[cell] !== actor)
                    values[cell] += 1;
                lastActor[cell] = actor;
            }
            else if (!Number.isNaN(numbers[row])) {
                values[cell] += numbers[row];
                if (kind === 'avg')
                    counted[cell] += 1;
            }
        }
    }
    // A period without numeric values averages to 0, so every line stays zero-filled.
    if (kind === 'avg') {
        for (let cell = 0; cell < cells; cell++)
            values[cell] = counted[cell] > 0 ? values[cell] / counted[cell] : 0;
    }
    return values;
}
/** `sum:revenue` → ['sum', 'revenue']; `total` → ['total', undefined]. */
export function splitMath(math) {
    if (math === 'total' || math === 'unique_actors')
        return [math, undefined];
    const colon = math.indexOf(':');
    return [math.slice(0, colon) === 'sum' ? 'sum' : 'avg', math.slice(colon + 1)];
}
function loadedColumn(table, path) {
    const column = table.column(path);
    if (!column)
        throw new Error(`column ${path} was not loaded for this query`);
    return column;
}
//# sourceMappingURL=trends-fold.js.map