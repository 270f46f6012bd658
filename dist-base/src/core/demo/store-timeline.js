/** Length of one timeline bucket. */
export const HOUR_MS = 3_600_000;
/**
 * Calls grouped by the hour they happen in, so the generator can hand out a sorted stream while it
 * simulates: once every visit starting before an hour's end has run, that hour can no longer change.
 */
export class StoreTimeline {
    start;
    buckets = new Map();
    constructor(start) {
        this.start = start;
    }
    /** The bucket number of an instant (0 for the first hour after `start`). */
    hourOf(at) {
        return Math.floor((at - this.start) / HOUR_MS);
    }
    add(at, call) {
        const hour = this.hourOf(at);
        let bucket = this.buckets.get(hour);
        if (bucket === undefined) {
            bucket = { times: [], calls: [] };
            this.buckets.set(hour, bucket);
        }
        bucket.times.push(at);
        bucket.calls.push(call);
    }
    /** Removes the calls of one hour and returns them sorted by time; ties keep the order they were added in. */
    take(hour) {
        const bucket = this.buckets.get(hour);
        if (bucket === undefined)
            return [];
        this.buckets.delete(hour);
        const { times, calls } = bucket;
        const order = times.map((_, i) => i);
        order.sort((x, y) => times[x] - times[y] || x - y);
        return order.map((i) => calls[i]);
    }
}
//# sourceMappingURL=store-timeline.js.map