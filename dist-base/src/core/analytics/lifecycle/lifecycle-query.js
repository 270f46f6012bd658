// The request body of POST /api/query/lifecycle (spec §3, reference A5) and its response shape.
import { z } from 'zod';
import { dateRangeSchema, timeZoneSchema } from '../date-range.js';
import { eventFilterSchema } from '../event-filter.js';
import { checkPeriodsInRange, dayOrLongerPeriodSchema, weekStartSchema } from '../time/calendar-period.js';
export const LIFECYCLE_STATUSES = ['new', 'returning', 'resurrecting', 'dormant'];
/** A lifecycle query. Defaults: daily, UTC, weeks from Monday. */
export const lifecycleQuerySchema = z
    .object({
    event: eventFilterSchema,
    period: dayOrLongerPeriodSchema.default('day'),
    dateRange: dateRangeSchema,
    timezone: timeZoneSchema,
    weekStart: weekStartSchema,
    segmentId: z.string().min(1).optional(),
})
    .superRefine((query, ctx) => checkPeriodsInRange(query, query.period, ctx));
/** One bar of the chart, for the click-through: period position (0-based) and status. */
export const lifecycleCellSchema = z.object({
    period: z.number().int().min(0),
    status: z.enum(LIFECYCLE_STATUSES),
});
//# sourceMappingURL=lifecycle-query.js.map