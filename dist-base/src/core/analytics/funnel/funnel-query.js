// The body of `POST /api/query/funnel` (spec §3, reference A2.2): its zod schema, the parsed type,
// and the property columns a funnel needs loaded. Cross-field rules (exclusion ranges, step
// attribution) are checked here so that a bad request fails with a path naming the field.
import { z } from 'zod';
import { durationToMs } from '../../shared/index.js';
import { dateRangeSchema, durationSchema, timeZoneSchema } from '../date-range.js';
import { eventFilterSchema, filterProperties } from '../event-filter.js';
import { dayOrLongerPeriodSchema, weekStartSchema } from '../time/calendar-period.js';
/**
 * Upper bound on steps. Not an algorithmic limit (the folds keep per-step arrays, no bitfield):
 * it caps the O(steps²) chain buffers a single request may allocate.
 */
export const MAX_FUNNEL_STEPS = 500;
/** The longest conversion window (reference §0: 366 days, Mixpanel's maximum). */
export const MAX_FUNNEL_WINDOW_MS = 366 * 86_400_000;
/** Breakdown values reported when a query names no `breakdown.limit` (PostHog's default). */
export const DEFAULT_BREAKDOWN_LIMIT = 25;
const funnelStepSchema = eventFilterSchema.extend({
    /** Optional label; defaults to the event name ("All events" for `event: null`). */
    name: z.string().min(1).max(200).optional(),
});
const funnelExclusionSchema = eventFilterSchema.extend({
    fromStep: z.number().int().min(0),
    toStep: z.number().int().min(1),
});
const ATTRIBUTION = /^(first_touch|last_touch|all_events|step:\d{1,3})$/;
const funnelBreakdownSchema = z.object({
    property: z.string().min(1),
    attribution: z
        .string()
        .regex(ATTRIBUTION, { message: 'must be first_touch, last_touch, all_events or step:K' })
        .default('first_touch'),
    limit: z.number().int().min(1).max(1000).default(DEFAULT_BREAKDOWN_LIMIT),
});
const funnelWindowSchema = durationSchema.refine((window) => durationToMs(window) <= MAX_FUNNEL_WINDOW_MS, {
    message: 'must be at most 366 days',
});
/** Request body of a funnel query; `dateRange` becomes instants, defaults are filled in. */
export const funnelQuerySchema = z
    .object({
    steps: z.array(funnelStepSchema).min(1, { message: 'needs at least one step' }).max(MAX_FUNNEL_STEPS),
    order: z.enum(['ordered', 'strict', 'unordered']).default('ordered'),
    window: funnelWindowSchema.default({ value: 14, unit: 'day' }),
    exclusions: z.array(funnelExclusionSchema).default([]),
    exclusionMode: z.enum(['end_attempt', 'disqualify_person']).default('end_attempt'),
    breakdown: funnelBreakdownSchema.optional(),
    trends: z.object({ interval: dayOrLongerPeriodSchema }).optional(),
    dateRange: dateRangeSchema,
    segmentId: z.string().min(1).optional(),
    timezone: timeZoneSchema,
    weekStart: weekStartSchema,
})
    .superRefine((query, ctx) => {
    const last = query.steps.length - 1;
    query.exclusions.forEach((exclusion, i) => {
        if (exclusion.toStep <= exclusion.fromStep) {
            ctx.addIssue({
                code: 'custom',
                path: ['exclusions', i, 'toStep'],
                message: 'must be after fromStep',
            });
        }
        else if (exclusion.toStep > last) {
            ctx.addIssue({
                code: 'custom',
                path: ['exclusions', i, 'toStep'],
                message: `must be at most ${last}`,
            });
        }
        else if (query.order === 'unordered' && (exclusion.fromStep !== 0 || exclusion.toStep !== last)) {
            // In any order there is no "between step i and j": only the whole funnel (as PostHog).
            ctx.addIssue({
                code: 'custom',
                path: ['exclusions', i, 'fromStep'],
                message: `unordered funnels only allow exclusions from step 0 to step ${last}`,
            });
        }
    });
    const step = query.breakdown ? attributionStep(query.breakdown.attribution) : undefined;
    if (step !== undefined && step > last) {
        ctx.addIssue({
            code: 'custom',
            path: ['breakdown', 'attribution'],
            message: `step must be at most ${last}`,
        });
    }
    else if (step !== undefined && step !== 0 && query.order === 'unordered') {
        ctx.addIssue({
            code: 'custom',
            path: ['breakdown', 'attribution'],
            message: 'unordered funnels only allow step:0 (the first step completed, whichever it is)',
        });
    }
});
/** The step index of a `step:K` attribution, or undefined for the other modes. */
export function attributionStep(attribution) {
    return attribution.startsWith('step:') ? Number(attribution.slice(5)) : undefined;
}
/** Property paths a funnel reads: step and exclusion filters, and the breakdown property. */
export function funnelProperties(query) {
    const paths = new Set(filterProperties([...query.steps, ...query.exclusions]));
    if (query.breakdown)
        paths.add(query.breakdown.property);
    return [...paths];
}
/** Display name of step `k` (0-based). Unordered funnels count steps: "Completed 2 steps". */
export function funnelStepName(query, k) {
    if (query.order === 'unordered')
        return `Completed ${k + 1} step${k === 0 ? '' : 's'}`;
    const step = query.steps[k];
    return step?.name ?? step?.event ?? 'All events';
}
//# sourceMappingURL=funnel-query.js.map