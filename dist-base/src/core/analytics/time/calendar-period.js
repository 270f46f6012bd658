// Calendar periods shared by the time-bucketed queries (retention, lifecycle, stickiness, trends):
// their names, wire schemas and the fixed lengths used when periods are rolling instead of calendar.
import { z } from 'zod';
export const calendarPeriodSchema = z.enum(['hour', 'day', 'week', 'month']);
/** Periods of at least a day: lifecycle and stickiness have no hourly form. */
export const dayOrLongerPeriodSchema = z.enum(['day', 'week', 'month']);
export const weekStartSchema = z.enum(['monday', 'sunday']).default('monday');
/** Milliseconds in one hour / day. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
const ROLLING_MS = {
    hour: HOUR_MS,
    day: DAY_MS,
    week: 7 * DAY_MS,
    // Rolling months are 30 days, as in Mixpanel ("Month 1 = 30–60 days") and core/shared durations.
    month: 30 * DAY_MS,
};
/** Length of a rolling period (24 h × N from each actor's own start): a month is 30 days. */
export function rollingPeriodMs(period) {
    return ROLLING_MS[period];
}
/** Most periods a query may span (cohort rows, chart points): keeps responses and folds bounded. */
export const MAX_PERIODS_IN_RANGE = 5000;
// Shortest possible length of each period (a 23-hour DST day, a 28-day February), for an upper bound.
const SHORTEST_MS = {
    hour: HOUR_MS,
    day: 23 * HOUR_MS,
    week: 7 * 23 * HOUR_MS,
    month: 28 * DAY_MS - HOUR_MS,
};
/** An upper bound on the number of `period`s that overlap [from, to], without a time zone. */
export function periodsInRangeAtMost(from, to, period) {
    return Math.floor((to - from) / SHORTEST_MS[period]) + 2;
}
/**
 * Zod refinement body: flags `dateRange` when it spans more than MAX_PERIODS_IN_RANGE periods.
 * Runs only on an otherwise valid query (zod skips refinements of objects with failed fields).
 */
export function checkPeriodsInRange(query, period, ctx) {
    if (periodsInRangeAtMost(query.dateRange.from, query.dateRange.to, period) <= MAX_PERIODS_IN_RANGE)
        return;
    ctx.addIssue({
        code: 'custom',
        path: ['dateRange'],
        message: `spans more than ${MAX_PERIODS_IN_RANGE} ${period} periods: choose a longer period or a shorter range`,
    });
}
//# sourceMappingURL=calendar-period.js.map