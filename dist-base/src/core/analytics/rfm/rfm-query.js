// The RFM query: request schema, response shape, click-through cell and needed properties.
import { z } from 'zod';
import { dateRangeSchema, timeZoneSchema } from '../date-range.js';
import { ORDER_EVENT, ORDER_MONEY_PROPERTIES } from '../kpis/order-money.js';
import { RFM_SEGMENTS } from './rfm-scores.js';
/**
 * Request body of an RFM query. `dateRange` is the lookback: customers are the actors with ≥ 1
 * order in it; recency is measured at the earlier of `dateRange.to` and now.
 */
export const rfmQuerySchema = z.object({
    dateRange: dateRangeSchema,
    segmentId: z.string().min(1).optional(),
    timezone: timeZoneSchema,
    orderEvent: z.string().min(1).default(ORDER_EVENT),
});
/** A click-through cell: a named segment and/or exact scores. */
export const rfmCellSchema = z.object({
    segment: z.enum(RFM_SEGMENTS).optional(),
    r: z.number().int().min(1).max(5).optional(),
    f: z.number().int().min(1).max(5).optional(),
    m: z.number().int().min(1).max(5).optional(),
});
/** Property paths the RFM query reads: the order money fields. */
export function rfmProperties(_query) {
    return [...ORDER_MONEY_PROPERTIES];
}
//# sourceMappingURL=rfm-query.js.map