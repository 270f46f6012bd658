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

export type KpiQuery = z.infer<typeof kpiQuerySchema>;

/**
 * Response of `POST /api/query/kpis`: the twelve spec fields first, then extras. Every rate is in
 * [0, 1], or null when its denominator is 0 ("no data", never a fake 0); the same holds for the
 * median, the average order value and the CLV mean. Money is net of refunds unless named gross.
 */
export interface KpiResult {
  readonly visitors: number;
  readonly sessions: number;
  /** Order Completed events in range, web and in-store. */
  readonly orders: number;
  /** Net revenue: grossRevenue − refundedRevenue. */
  readonly revenue: number;
  /** Visitors with an online order ÷ visitors (unit: `conversionUnit`). */
  readonly conversionRate: number | null;
  readonly bounceRate: number | null;
  readonly medianTimeOnPageMs: number | null;
  readonly cartAbandonmentRate: number | null;
  readonly checkoutAbandonmentRate: number | null;
  readonly repeatPurchaseRate: number | null;
  /** grossRevenue ÷ orders. */
  readonly averageOrderValue: number | null;
  readonly historicClvMean: number | null;
  /** The actor unit of `conversionRate`. */
  readonly conversionUnit: 'actor';
  /** Sessions with an online order ÷ sessions. */
  readonly sessionConversionRate: number | null;
  readonly grossRevenue: number;
  readonly refundedRevenue: number;
  /** Orders rung up in a physical store (included in `orders`). */
  readonly posOrders: number;
  readonly convertedVisitors: number;
  readonly engagedSessions: number;
  /** Actors with ≥ 1 order in range, and with ≥ 2. */
  readonly customers: number;
  readonly repeatCustomers: number;
  readonly carts: number;
  readonly checkouts: number;
  /** Actors with ≥ 1 order up to `dateRange.to`: the population of `historicClvMean`. */
  readonly historicCustomers: number;
}

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
] as const;

export type KpiActorMetric = (typeof KPI_ACTOR_METRICS)[number];

/** A click-through cell of the KPI query: `{ metric: 'converted' }` → the visitors who ordered. */
export const kpiCellSchema = z.object({ metric: z.enum(KPI_ACTOR_METRICS) });
export type KpiCell = z.infer<typeof kpiCellSchema>;

/** Property paths the KPI query reads: the order money fields and `cart_id`. */
export function kpiProperties(_query?: KpiQuery): string[] {
  return [...ORDER_MONEY_PROPERTIES, 'cart_id'];
}
