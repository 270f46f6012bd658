// The next-order prediction query: request schema, response shape, click-through cell.
import { z } from 'zod';
import { instantSchema } from '../date-range.js';
import { ORDER_EVENT } from '../kpis/order-money.js';
/** Request: which event is an order, and the moment to predict from (default: now). */
export const nextOrderQuerySchema = z.object({
    segmentId: z.string().min(1).optional(),
    orderEvent: z.string().min(1).default(ORDER_EVENT),
    asOf: instantSchema.optional(),
});
/** A click-through cell: customers with a churn risk and/or a confidence. */
export const nextOrderCellSchema = z.object({
    churnRisk: z.enum(['unknown', 'low', 'medium', 'high']).optional(),
    confidence: z.enum(['low', 'medium', 'high']).optional(),
});
/** Property paths the prediction reads: none beyond event names and times. */
export function nextOrderProperties(_query) {
    return [];
}
//# sourceMappingURL=next-order-query.js.map