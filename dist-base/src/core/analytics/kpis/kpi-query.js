// The shop KPI query (spec §3 `POST /api/query/kpis`): request schema, response shape and the
// property paths it needs loaded. Definitions follow reference A7; see run-kpis.ts for each one.
import { z } from 'zod';
import { dateRangeSchema, timeZoneSchema } from '../date-range.js';
import { ORDER_MONEY_PROPERTIES } from './order-money.js';
/** Request body of `POST /api/query/kpis`. `timezone` is accepted for symmetry; totals over an instant range do not use it. */
export const kpiQuerySchema = z.object({
    dateRange: dateRangeSchema,
    segmentId: z.string().min(1).optional(),
    timezone: timeZoneSchema,
});
/** The groups of actors behind the KPI numbers, for `kpiActors`. */
export const KPI_ACTOR_METRICS = [
    'visitors',
    'converted',
    'customers',
    'repeatCustomers',
    'inStoreCustomers',
    'bounced',
    'cartAbandoners',
    'checkoutAbandoners',
    'historicCustomers',
];
/** A click-through cell of the KPI query: `{ metric: 'converted' }` → the visitors who ordered. */
export const kpiCellSchema = z.object({ metric: z.enum(KPI_ACTOR_METRICS) });
/** Property paths the KPI query reads: the order money fields and `cart_id`. */
export function kpiProperties(_query) {
    return [...ORDER_MONEY_PROPERTIES, 'cart_id'];
}
//# sourceMappingURL=kpi-query.js.map