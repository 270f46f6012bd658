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

export type NextOrderQuery = z.infer<typeof nextOrderQuerySchema>;

export type PredictionConfidence = 'low' | 'medium' | 'high';
export type ChurnRisk = 'unknown' | 'low' | 'medium' | 'high';

/** One customer's prediction. Days are fractional; times are ISO strings. */
export interface NextOrderPrediction {
  readonly profileId: string;
  readonly orders: number;
  /** Gaps between purchase occasions (orders < 24 h after an occasion's start join it). */
  readonly intervals: number;
  /** Start of the last purchase occasion. */
  readonly lastPurchaseAt: string;
  /** The customer's median gap, or the shop's for single-occasion customers; null when unknown. */
  readonly expectedIntervalDays: number | null;
  readonly expectedNextOrderAt: string | null;
  /** Where the next order usually falls: [p25, p75] of the gap, after the last purchase. */
  readonly window: { readonly from: string; readonly to: string } | null;
  readonly confidence: PredictionConfidence;
  readonly daysSinceLastPurchase: number;
  /** max(0, as-of − expected date) in days; null when unknown. */
  readonly daysOverdue: number | null;
  /** Risk from the gap distribution alone. */
  readonly intervalChurnRisk: ChurnRisk;
  /** P(alive) from the BG/NBD model when the caller supplied it. */
  readonly pAlive: number | null;
  /** The higher of intervalChurnRisk and the P(alive) risk. */
  readonly churnRisk: ChurnRisk;
}

/** Response: the shop's gap statistics (over per-customer median gaps) and every customer. */
export interface NextOrderResult {
  readonly asOf: string;
  readonly shop: {
    readonly repeatCustomers: number;
    readonly medianIntervalDays: number | null;
    readonly p25IntervalDays: number | null;
    readonly p75IntervalDays: number | null;
  };
  readonly customers: readonly NextOrderPrediction[];
}

/** A click-through cell: customers with a churn risk and/or a confidence. */
export const nextOrderCellSchema = z.object({
  churnRisk: z.enum(['unknown', 'low', 'medium', 'high']).optional(),
  confidence: z.enum(['low', 'medium', 'high']).optional(),
});
export type NextOrderCell = z.infer<typeof nextOrderCellSchema>;

/** Property paths the prediction reads: none beyond event names and times. */
export function nextOrderProperties(_query?: NextOrderQuery): string[] {
  return [];
}
