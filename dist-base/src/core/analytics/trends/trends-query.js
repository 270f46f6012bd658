// The request body of POST /api/query/trends (spec §3) and its response shape.
import { z } from 'zod';
import { dateRangeSchema, timeZoneSchema } from '../date-range.js';
import { eventFilterSchema } from '../event-filter.js';
import { calendarPeriodSchema, checkPeriodsInRange, weekStartSchema } from '../time/calendar-period.js';
/** Breakdown values kept per series (by number of events); the rest are summed into "Other". */
export const MAX_BREAKDOWN_VALUES = 25;
export const OTHER_BREAKDOWN_VALUE = 'Other';
/** Breakdown value of events without the property. */
export const NONE_BREAKDOWN_VALUE = '(none)';
/** `total` events, `unique_actors`, or the sum / mean of a numeric property over the events. */
export const trendsMathSchema = z
    .string()
    .regex(/^(total|unique_actors|(sum|avg):.+)$/, 'must be total, unique_actors, sum:<property> or avg:<property>')
    .default('total');
export const trendsSeriesSchema = eventFilterSchema.extend({ math: trendsMathSchema });
/** A trends query. Defaults: daily points, UTC, weeks from Monday. */
export const trendsQuerySchema = z
    .object({
    series: z.array(trendsSeriesSchema).min(1).max(20),
    interval: calendarPeriodSchema.default('day'),
    breakdown: z.object({ property: z.string().min(1) }).optional(),
    dateRange: dateRangeSchema,
    timezone: timeZoneSchema,
    weekStart: weekStartSchema,
    segmentId: z.string().min(1).optional(),
})
    .superRefine((query, ctx) => checkPeriodsInRange(query, query.interval, ctx));
/** One point of one line, for the click-through (`series` and `point` are 0-based positions). */
export const trendsCellSchema = z.object({
    series: z.number().int().min(0),
    point: z.number().int().min(0),
    breakdownValue: z.string().optional(),
});
//# sourceMappingURL=trends-query.js.map