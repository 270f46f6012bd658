// The request body of POST /api/query/retention (spec §3, reference A3) and its response shape.
import { z } from 'zod';
import { dateRangeSchema, timeZoneSchema } from '../date-range.js';
import { eventFilterSchema } from '../event-filter.js';
import { calendarPeriodSchema, checkPeriodsInRange, weekStartSchema } from '../time/calendar-period.js';
/** Most columns (periods 0 … N−1) a retention table may have. */
export const MAX_RETENTION_PERIODS = 100;
/**
 * A retention query. `periods` is the number of columns, period 0 included. Defaults: weekly,
 * 8 periods, `first_time`, `on`, `calendar`, UTC, weeks from Monday.
 */
export const retentionQuerySchema = z
    .object({
    startEvent: eventFilterSchema,
    returnEvent: eventFilterSchema,
    period: calendarPeriodSchema.default('week'),
    periods: z.number().int().min(1).max(MAX_RETENTION_PERIODS).default(8),
    cohortMode: z.enum(['first_time', 'first_ever', 'recurring']).default('first_time'),
    criterion: z.enum(['on', 'on_or_after']).default('on'),
    timeBasis: z.enum(['calendar', 'rolling']).default('calendar'),
    dateRange: dateRangeSchema,
    timezone: timeZoneSchema,
    weekStart: weekStartSchema,
    segmentId: z.string().min(1).optional(),
})
    .superRefine((query, ctx) => checkPeriodsInRange(query, query.period, ctx));
/** One cell of the table, for the click-through to people: row `cohort`, column `period` (0-based). */
export const retentionCellSchema = z.object({
    cohort: z.number().int().min(0),
    period: z.number().int().min(0),
});
//# sourceMappingURL=retention-query.js.map