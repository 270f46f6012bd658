/** An order < 24 h after an occasion's start belongs to that occasion. */
export const OCCASION_MS = 86_400_000;
/** One pass over the rows of the unmasked actors, orders up to `asOf` only. */
export function collectPurchaseIntervals(table, orderEvent, asOf, mask) {
    const orderCode = table.eventKeys.indexOf(orderEvent);
    const actors = [];
    const orders = [];
    const last = [];
    const start = [0];
    const intervals = [];
    for (let actor = 0; actor < table.actorCount && orderCode >= 0; actor++) {
        if (mask && mask[actor] !== 1)
            continue;
        let count = 0;
        let occasionAt = 0;
        for (let row = table.actorStart[actor], end = table.actorStart[actor + 1]; row < end; row++) {
            if (table.events[row] !== orderCode)
                continue;
            const at = table.timestamps[row];
            if (at > asOf)
                break; // rows are in time order
            if (count > 0 && at - occasionAt >= OCCASION_MS)
                intervals.push(at - occasionAt);
            if (count === 0 || at - occasionAt >= OCCASION_MS)
                occasionAt = at;
            count++;
        }
        if (count === 0)
            continue;
        actors.push(actor);
        orders.push(count);
        last.push(occasionAt);
        start.push(intervals.length);
    }
    return {
        actors: Int32Array.from(actors),
        orders: Int32Array.from(orders),
        lastPurchaseAt: Float64Array.from(last),
        start: Int32Array.from(start),
        intervals: Float64Array.from(intervals),
    };
}
/** Customer i's gaps, sorted ascending (a copy). */
export function sortedIntervalsOf(data, customer) {
    return data.intervals.slice(data.start[customer], data.start[customer + 1]).sort();
}
//# sourceMappingURL=purchase-intervals.js.map