// The RFM query: request schema, response shape, click-through cell and needed properties.
import { z } from 'zod';
import { dateRangeSchema, timeZoneSchema } from '../date-range.js';
import { ORDER_EVENT, ORDER_MONEY_PROPERTIES } from '../kpis/order-money.js';
import { RFM_SEGMENTS, type RfmSegment } from './rfm-scores.js';

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

export type RfmQuery = z.infer<typeof rfmQuerySchema>;

/** One scored customer. */
export interface RfmCustomer {
  readonly profileId: string;
  /** Whole days from the last order to the as-of time. */
  readonly recencyDays: number;
  /** Orders in the lookback. */
  readonly frequency: number;
  /** Net revenue in the lookback (orders − refunds). */
  readonly monetary: number;
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly segment: RfmSegment;
}

/** Response of an RFM query: customers in actor order, the 11 segments in RFM_SEGMENTS order. */
export interface RfmResult {
  /** The instant recency is measured at (ISO). */
  readonly asOf: string;
  readonly customers: readonly RfmCustomer[];
  readonly segments: readonly {
    readonly name: RfmSegment;
    readonly customers: number;
    readonly revenue: number;
  }[];
}

/** A click-through cell: a named segment and/or exact scores. */
export const rfmCellSchema = z.object({
  segment: z.enum(RFM_SEGMENTS).optional(),
  r: z.number().int().min(1).max(5).optional(),
  f: z.number().int().min(1).max(5).optional(),
  m: z.number().int().min(1).max(5).optional(),
});
export type RfmCell = z.infer<typeof rfmCellSchema>;

/** Property paths the RFM query reads: the order money fields. */
export function rfmProperties(_query?: RfmQuery): string[] {
  return [...ORDER_MONEY_PROPERTIES];
}
