import { DAY_MS, HOUR_MS } from './calendar-period.js';
import { firstDayOfMonth, monthOfDay } from './civil-days.js';
import { createHourlyIndex } from './hourly-index.js';
import { createZoneOffsets } from './zone-offsets.js';
// 1970-01-01 was a Thursday: shifting day numbers by 3 (4) puts Mondays (Sundays) on multiples of 7.
const WEEK_SHIFT = { monday: 3, sunday: 4 };
/**
 * Creates a bucketer for one period kind in one zone.
 * @example createPeriodBucketer({ period: 'week', timeZone: 'Europe/Berlin' }).start(Date.parse('2024-03-31T12:00:00Z'))
 */
export function createPeriodBucketer(options) {
    const { period } = options;
    const weekStart = options.weekStart ?? 'monday';
    const offsets = createZoneOffsets(options.timeZone ?? 'UTC');
    const dayOf = offsets.isUtc
        ? (at) => Math.floor(at / DAY_MS)
        : (at) => Math.floor((at + offsets.offsetAt(at)) / DAY_MS);
    const dayStart = (day) => firstInstantOfDay(offsets, dayOf, day);
    const exact = numbering(period, WEEK_SHIFT[weekStart], offsets, dayOf, dayStart);
    const index = createHourlyIndex(exact.index);
    const { startOf } = exact;
    return {
        period,
        timeZone: offsets.timeZone,
        weekStart,
        index,
        indexAll: index.all,
        startOf,
        start: (at) => startOf(index(at)),
        next: (start) => startOf(index(start) + 1),
        isComplete: (n, now) => startOf(n + 1) <= now,
    };
}
/** The exact numbering of each period kind (the hour table in front of it makes it fast). */
function numbering(period, shift, offsets, dayOf, dayStart) {
    switch (period) {
        case 'hour':
            return {
                index: (at) => Math.floor((at + hourPhase(offsets, at)) / HOUR_MS),
                startOf: (n) => n * HOUR_MS - hourPhase(offsets, n * HOUR_MS),
            };
        case 'day':
            return { index: dayOf, startOf: dayStart };
        case 'week':
            return { index: (at) => Math.floor((dayOf(at) + shift) / 7), startOf: (n) => dayStart(n * 7 - shift) };
        case 'month':
            return { index: (at) => monthOfDay(dayOf(at)), startOf: (n) => dayStart(firstDayOfMonth(n)) };
    }
}
/** How far the zone's hours are shifted from UTC hours (0 except in zones like Asia/Kolkata). */
function hourPhase(offsets, at) {
    const offset = offsets.offsetAt(at);
    return ((offset % HOUR_MS) + HOUR_MS) % HOUR_MS;
}
/**
 * First instant whose local date is `day`: local midnight, or — where midnight falls in a DST gap
 * (e.g. America/Havana, Asia/Beirut) — the moment the clock jumps past it.
 */
function firstInstantOfDay(offsets, dayOf, day) {
    const wall = day * DAY_MS;
    // The offsets a day either side bracket the one in force at local midnight.
    const early = wall - offsets.offsetAt(wall - DAY_MS);
    const late = wall - offsets.offsetAt(wall + DAY_MS);
    const earlyFits = early + offsets.offsetAt(early) === wall;
    const lateFits = late + offsets.offsetAt(late) === wall;
    if (earlyFits && lateFits)
        return Math.min(early, late); // midnight happens twice: the first one
    if (earlyFits)
        return early;
    if (lateFits)
        return late;
    let low = Math.min(early, late); // before the jump: still the previous day
    let high = Math.max(early, late); // after it
    while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (dayOf(mid) >= day)
            high = mid;
        else
            low = mid;
    }
    return high;
}
//# sourceMappingURL=period-bucketer.js.map