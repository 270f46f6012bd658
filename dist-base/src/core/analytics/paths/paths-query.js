// The request body of POST /api/query/paths (spec §3, reference A4) and its response shape.
import { z } from 'zod';
import { dateRangeSchema } from '../date-range.js';
import { eventFilterSchema } from '../event-filter.js';
/**
 * A paths query. Defaults are PostHog's: 5 steps, the top 50 edges, a new path after 30 minutes
 * without an item.
 */
export const pathsQuerySchema = z.object({
    start: eventFilterSchema.optional(),
    end: eventFilterSchema.optional(),
    item: z.enum(['event', 'page']).default('event'),
    steps: z.number().int().min(2).max(20).default(5),
    edgeLimit: z.number().int().min(1).max(1000).default(50),
    sessionGapMinutes: z
        .number()
        .positive()
        .max(7 * 24 * 60)
        .default(30),
    dateRange: dateRangeSchema,
    segmentId: z.string().min(1).optional(),
});
/** An edge (`from` → `to`) or, without `from`, a node: names as in the response, e.g. "2_/cart". */
export const pathsCellSchema = z.object({
    from: z.string().min(1).optional(),
    to: z.string().min(1),
});
//# sourceMappingURL=paths-query.js.map