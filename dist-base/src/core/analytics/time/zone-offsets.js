import { HOUR_MS } from './calendar-period.js';
const UNKNOWN = 0x7fff_ffff; // hour not looked up yet
const SPLIT = -0x8000_0000; // the offset changes inside this hour: see `splits`
const DAY_HOURS = 24;
const SLACK_HOURS = DAY_HOURS * 62;
// 2^22 hours ≈ 478 years; instants outside a span that large are looked up without the cache.
const MAX_CACHED_HOURS = 1 << 22;
const UTC_NAMES = new Set([
    'UTC',
    'Etc/UTC',
    'Etc/GMT',
    'GMT',
    'Etc/UCT',
    'UCT',
    'Etc/Universal',
    'Etc/Zulu',
]);
/**
 * Creates the offset lookup of an IANA zone (throws a RangeError for an unknown zone; validate with
 * `timeZoneSchema` first). Assumes at most one offset change per UTC day, true of every real zone
 * since the 19th century.
 */
export function createZoneOffsets(timeZone) {
    const format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
    });
    if (UTC_NAMES.has(format.resolvedOptions().timeZone))
        return { timeZone, isUtc: true, offsetAt: () => 0 };
    const exact = (at) => exactOffset(format, at);
    const splits = new Map();
    let base = 0;
    let cache = new Int32Array(0);
    /** Makes the cache cover `hour`; false when that would make it too large. */
    const cover = (hour) => {
        const day = Math.floor(hour / DAY_HOURS) * DAY_HOURS;
        const from = cache.length === 0 ? day - SLACK_HOURS : Math.min(base, day - SLACK_HOURS);
        const to = cache.length === 0 ? day + SLACK_HOURS : Math.max(base + cache.length, day + SLACK_HOURS);
        if (to - from > MAX_CACHED_HOURS)
            return false;
        const grown = new Int32Array(to - from).fill(UNKNOWN);
        if (cache.length > 0)
            grown.set(cache, base - from);
        cache = grown;
        base = from;
        return true;
    };
    /** Looks up the UTC day around `hour` with two Intl calls, or 48 when the offset changes that day. */
    const fillDay = (hour) => {
        const day = Math.floor(hour / DAY_HOURS) * DAY_HOURS;
        const atStart = exact(day * HOUR_MS);
        if (atStart === exact((day + DAY_HOURS) * HOUR_MS)) {
            cache.fill(atStart, day - base, day - base + DAY_HOURS);
            return;
        }
        for (let h = day; h < day + DAY_HOURS; h++) {
            const before = exact(h * HOUR_MS);
            const after = exact((h + 1) * HOUR_MS);
            if (before === after)
                cache[h - base] = before;
            else {
                cache[h - base] = SPLIT;
                splits.set(h, { at: findChange(exact, h * HOUR_MS, (h + 1) * HOUR_MS, before), before, after });
            }
        }
    };
    // Sorted rows mostly stay in one hour: remember the last one (never a SPLIT hour).
    let lastHour = Number.NaN;
    let lastOffset = 0;
    const lookup = (at, hour) => {
        if (hour - base < 0 || hour - base >= cache.length) {
            if (!cover(hour))
                return exact(at);
        }
        let offset = cache[hour - base];
        if (offset === UNKNOWN) {
            fillDay(hour);
            offset = cache[hour - base];
        }
        if (offset !== SPLIT) {
            lastHour = hour;
            lastOffset = offset;
            return offset;
        }
        const split = splits.get(hour);
        return at < split.at ? split.before : split.after;
    };
    const offsetAt = (at) => {
        const hour = Math.floor(at / HOUR_MS);
        return hour === lastHour ? lastOffset : lookup(at, hour);
    };
    return { timeZone, isUtc: false, offsetAt };
}
/** First instant in (lo, hi] whose offset is not `before`, to the second (offsets change on seconds). */
function findChange(exact, lo, hi, before) {
    let low = lo / 1000;
    let high = hi / 1000;
    while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (exact(mid * 1000) === before)
            low = mid;
        else
            high = mid;
    }
    return high * 1000;
}
/** The zone's offset at `at`, straight from Intl (slow: a few µs). */
function exactOffset(format, at) {
    const second = Math.floor(at / 1000) * 1000;
    const fields = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    for (const { type, value } of format.formatToParts(second)) {
        if (type === 'year' || type === 'month' || type === 'day')
            fields[type] = Number(value);
        else if (type === 'hour' || type === 'minute' || type === 'second')
            fields[type] = Number(value);
    }
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
    const wall = new Date(0);
    wall.setUTCFullYear(fields.year, fields.month - 1, fields.day);
    wall.setUTCHours(fields.hour, fields.minute, fields.second, 0);
    return wall.getTime() - second;
}
//# sourceMappingURL=zone-offsets.js.map