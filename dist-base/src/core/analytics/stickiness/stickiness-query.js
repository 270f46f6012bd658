// The request body of a stickiness query (reference A6) and its response shape.
import { z } from 'zod';
import { dateRangeSchema, timeZoneSchema } from '../date-range.js';
import { eventFilterSchema } from '../event-filter.js';
import { checkPeriodsInRange, dayOrLongerPeriodSchema, weekStartSchema } from '../time/calendar-period.js';
/** A stickiness query. Defaults: daily intervals, UTC, weeks from Monday. */
export const stickinessQuerySchema = z
    .object({
    event: eventFilterSchema,
    interval: dayOrLongerPeriodSchema.default('day'),
    dateRange: dateRangeSchema,
    timezone: timeZoneSchema,
    weekStart: weekStartSchema,
    segmentId: z.string().min(1).optional(),
})
    .superRefine((query, ctx) => checkPeriodsInRange(query, query.interval, ctx));
/** One bar, for the click-through: actors active in exactly (or, cumulative, at least) k intervals. */
export const stickinessCellSchema = z.object({
    intervals: z.number().int().min(1),
    cumulative: z.boolean().default(false),
});
//# sourceMappingURL=stickiness-query.js.map