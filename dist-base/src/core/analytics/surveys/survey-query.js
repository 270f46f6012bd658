// The survey query: NPS, CSAT and CES of `Survey Responded` events in a date range, optionally
// broken down by a property (e.g. touchpoint) and by calendar period.
import { z } from 'zod';
import { dateRangeSchema, timeZoneSchema } from '../date-range.js';
import { filterProperties, propertyConditionSchema } from '../event-filter.js';
import { checkPeriodsInRange, dayOrLongerPeriodSchema, weekStartSchema } from '../time/calendar-period.js';
import { SURVEY_EVENT, SURVEY_PROPERTIES, SURVEY_TYPES } from './survey-response.js';
/** Request body of a survey query. `where` narrows the responses (e.g. `survey_id eq …`). */
export const surveyQuerySchema = z
    .object({
    dateRange: dateRangeSchema,
    segmentId: z.string().min(1).optional(),
    timezone: timeZoneSchema,
    event: z.string().min(1).default(SURVEY_EVENT),
    where: z.array(propertyConditionSchema).optional(),
    breakdown: z.object({ property: z.string().min(1) }).optional(),
    period: dayOrLongerPeriodSchema.optional(),
    weekStart: weekStartSchema,
})
    .superRefine((query, ctx) => {
    if (query.period)
        checkPeriodsInRange(query, query.period, ctx);
});
/**
 * A click-through cell: the respondents of one kind, one answer group (a component name such as
 * `promoters` or `verySatisfied`), one breakdown value and/or one period index (0-based).
 */
export const surveyCellSchema = z.object({
    type: z.enum(SURVEY_TYPES).optional(),
    answer: z
        .enum([
        'promoters',
        'passives',
        'detractors',
        'veryUnsatisfied',
        'unsatisfied',
        'neutral',
        'satisfied',
        'verySatisfied',
        'respondents',
    ])
        .optional(),
    breakdown: z.string().nullable().optional(),
    period: z.number().int().min(0).optional(),
});
/** Property paths the survey query reads. */
export function surveyProperties(query) {
    const paths = new Set([...SURVEY_PROPERTIES, ...filterProperties([{ event: null, where: query.where }])]);
    if (query.breakdown)
        paths.add(query.breakdown.property);
    return [...paths];
}
//# sourceMappingURL=survey-query.js.map