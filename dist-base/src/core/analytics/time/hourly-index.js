import { HOUR_MS } from './calendar-period.js';
const UNKNOWN = -0x8000_0000;
const NO_STEP = HOUR_MS;
const SLACK_HOURS = 24 * 62;
// 2^22 hours ≈ 478 years; instants further out are numbered without the table.
const MAX_HOURS = 1 << 22;
/**
 * Wraps `slowIndex` (at most one change per UTC hour) in a lazily filled hour table with the same
 * results.
 */
export function createHourlyIndex(slowIndex) {
    let base = 0;
    let first = new Int32Array(0); // period number at the start of each hour
    let last = new Int32Array(0); // period number at the end of each hour
    let step = new Int32Array(0); // ms into the hour where `first` becomes `last` (NO_STEP: never)
    const cover = (hour) => {
        // Period numbers are at most hour numbers in size; beyond 2^30 they might not fit the table.
        if (Math.abs(hour) > 2 ** 30)
            return false;
        const from = first.length === 0 ? hour - SLACK_HOURS : Math.min(base, hour - SLACK_HOURS);
        const to = first.length === 0 ? hour + SLACK_HOURS : Math.max(base + first.length, hour + SLACK_HOURS);
        if (to - from > MAX_HOURS)
            return false;
        const grow = (old, fillWith) => {
            const grown = new Int32Array(to - from).fill(fillWith);
            if (old.length > 0)
                grown.set(old, base - from);
            return grown;
        };
        [first, last, step] = [grow(first, UNKNOWN), grow(last, 0), grow(step, NO_STEP)];
        base = from;
        return true;
    };
    const fill = (hour) => {
        const start = hour * HOUR_MS;
        const atStart = slowIndex(start);
        const atEnd = slowIndex(start + HOUR_MS - 1);
        let stepAt = NO_STEP;
        if (atEnd !== atStart) {
            let low = 0; // invariant: slowIndex(start + low) === atStart < slowIndex(start + high)
            let high = HOUR_MS - 1;
            while (high - low > 1) {
                const mid = (low + high) >> 1;
                if (slowIndex(start + mid) === atStart)
                    low = mid;
                else
                    high = mid;
            }
            stepAt = high;
        }
        first[hour - base] = atStart;
        last[hour - base] = atEnd;
        step[hour - base] = stepAt;
    };
    const lookup = (at, hour) => {
        if (hour - base < 0 || hour - base >= first.length) {
            if (!cover(hour))
                return slowIndex(at);
        }
        fill(hour);
        return index(at);
    };
    const index = (at) => {
        const hour = Math.floor(at / HOUR_MS);
        const i = hour - base;
        const atStart = i >= 0 && i < first.length ? first[i] : UNKNOWN;
        if (atStart === UNKNOWN)
            return lookup(at, hour);
        return at - hour * HOUR_MS >= step[i] ? last[i] : atStart;
    };
    const all = (timestamps, out) => {
        for (let k = 0; k < timestamps.length;)
            k = allFrom(timestamps, out, k);
        return out;
    };
    /** Numbers `timestamps[k…]` until an hour is missing from the table; returns where it stopped. */
    const allFrom = (timestamps, out, k) => {
        const count = timestamps.length;
        // Rows of one actor come in time order, so consecutive rows mostly share an hour: keep its
        // entry while `at` stays in [hourStart, hourEnd).
        let hourStart = 0;
        let hourEnd = 0;
        let changeAt = 0;
        let atStart = 0;
        let atEnd = 0;
        for (; k < count; k++) {
            const at = timestamps[k];
            if (at < hourStart || at >= hourEnd) {
                const hour = Math.floor(at / HOUR_MS);
                const i = hour - base;
                if (i < 0 || i >= first.length || first[i] === UNKNOWN)
                    break;
                hourStart = hour * HOUR_MS;
                hourEnd = hourStart + HOUR_MS;
                changeAt = hourStart + step[i];
                atStart = first[i];
                atEnd = last[i];
            }
            out[k] = at >= changeAt ? atEnd : atStart;
        }
        if (k < count)
            out[k] = index(timestamps[k]); // fills (and may grow) the table
        return k + 1;
    };
    return Object.assign(index, { all });
}
//# sourceMappingURL=hourly-index.js.map