import { asProfileId } from '../../../core/shared/index.js';
/**
 * Sorts the seq-ordered log into the (actor, time) order the rules read: a counting sort by
 * merged actor (stable, so seq order is kept inside an actor), then a sort of the few actors
 * whose events arrived out of time order. O(rows) for streams that arrive in time order.
 */
export function sortActorEvents(log) {
    const size = log.size;
    const rawActors = log.rawActors.data;
    const rawCount = log.profiles.values.length;
    const dense = new Int32Array(rawCount).fill(-1);
    const actorIds = [];
    const counts = [];
    const actorOfRow = new Int32Array(size);
    for (let row = 0; row < size; row++) {
        const root = log.find(rawActors[row]);
        let actor = dense[root];
        if (actor < 0) {
            actor = actorIds.length;
            dense[root] = actor;
            actorIds.push(log.profiles.values[root]);
            counts.push(0);
        }
        actorOfRow[row] = actor;
        counts[actor]++;
    }
    const actorCount = actorIds.length;
    const actorStart = new Int32Array(actorCount + 1);
    for (let a = 0; a < actorCount; a++)
        actorStart[a + 1] = actorStart[a] + counts[a];
    const cursor = actorStart.slice(0, actorCount);
    const order = new Int32Array(size);
    for (let row = 0; row < size; row++)
        order[cursor[actorOfRow[row]]++] = row;
    const ts = log.timestamps.data;
    for (let a = 0; a < actorCount; a++)
        sortSliceByTime(order, actorStart[a], actorStart[a + 1], ts);
    const timestamps = new Float64Array(size);
    const events = new Int32Array(size);
    const logEvents = log.events.data;
    for (let i = 0; i < size; i++) {
        const row = order[i];
        timestamps[i] = ts[row];
        events[i] = logEvents[row];
    }
    const actorFirstSeen = new Float64Array(actorCount);
    for (let a = 0; a < actorCount; a++)
        actorFirstSeen[a] = timestamps[actorStart[a]];
    const gathered = new Map();
    return {
        size,
        actorCount,
        actorStart,
        actorIds: actorIds.map(asProfileId),
        actorFirstSeen,
        timestamps,
        events,
        eventKeys: [...log.eventKeys.values],
        column(path) {
            const cached = gathered.get(path);
            if (cached)
                return cached;
            const source = log.columns.get(path);
            if (!source)
                return undefined;
            const numbers = new Float64Array(size);
            const codes = new Int32Array(size);
            for (let i = 0; i < size; i++) {
                numbers[i] = source.numbers.data[order[i]];
                codes[i] = source.codes.data[order[i]];
            }
            const column = { numbers, codes, strings: [...source.strings.values] };
            gathered.set(path, column);
            return column;
        },
    };
}
/** Sorts order[start..end) by (timestamp, row) unless it already is. */
function sortSliceByTime(order, start, end, ts) {
    let sorted = true;
    for (let i = start + 1; i < end && sorted; i++)
        sorted = ts[order[i - 1]] <= ts[order[i]];
    if (sorted)
        return;
    const slice = Array.from(order.subarray(start, end));
    slice.sort((x, y) => ts[x] - ts[y] || x - y);
    order.set(slice, start);
}
//# sourceMappingURL=sorted-actor-events.js.map