// The predictive CLV query (spec §3 `POST /api/query/clv`): request schema, click-through cell
// and the property paths it needs. Model and formulas: reference A7 "Predictive CLV formulas".
import { z } from 'zod';
import { instantSchema, timeZoneSchema } from '../date-range.js';
/**
 * Request body of `POST /api/query/clv`.
 *
 * - `timeUnit` is the unit of recency, T and the fitted rates. Purchase periods are always
 *   calendar days in `timezone` (reference A7: "distinct days with a purchase"), so `week` is
 *   lifetimes' `freq='D', freq_multiplier=7`, the convention of the CDNOW data behind the
 *   published parameters.
 * - `observationEnd` defaults to the server's `now`; orders after it are ignored.
 * - `penalizer` is lifetimes' L2 `penalizer_coef`, applied to both models (0.001–0.1 typical).
 * - `limit` caps the customers listed (highest CLV first); `totalCustomers` counts them all.
 */
export const clvQuerySchema = z.object({
    orderEvent: z.string().min(1).default('Order Completed'),
    revenueProperty: z.string().min(1).default('revenue'),
    timeUnit: z.enum(['day', 'week']).default('week'),
    observationEnd: instantSchema.optional(),
    horizonMonths: z.number().int().min(1).max(120).default(12),
    discountRateMonthly: z.number().min(0).max(1).default(0.01),
    penalizer: z.number().min(0).max(100).default(0),
    limit: z.number().int().min(1).max(100_000).default(1000),
    timezone: timeZoneSchema,
    segmentId: z.string().min(1).optional(),
});
/**
 * A click-through cell of the CLV query: the customers (actors with an order by
 * `observationEnd`) whose P(alive) is below `pAliveBelow` (e.g. 0.5: probably lapsed), highest
 * CLV first, the first `top` of them. `{}` lists every customer.
 */
export const clvCellSchema = z.object({
    top: z.number().int().min(1).optional(),
    pAliveBelow: z.number().gt(0).max(1).optional(),
});
/** Property paths the CLV query reads: the revenue property. */
export function clvProperties(query) {
    return [query.revenueProperty];
}
//# sourceMappingURL=clv-query.js.map