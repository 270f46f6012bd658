// Discounted expected purchases over a horizon: the BG/NBD half of lifetimes'
// `_customer_lifetime_value`, so CLV = E[M] × this (reference A7 "CLV").
import { bgNbdExpectedPurchasesCurve } from './bg-nbd.js';
import type { BgNbdParams } from './bg-nbd-fit.js';

/** Model time units in a month: lifetimes' factors for daily and weekly data. */
export const UNITS_PER_MONTH = { day: 30, week: 4.345 } as const;

/** What one customer history is expected to buy over the horizon. */
export interface PurchaseOutlook {
  /** E[Y(months·f)]: expected repeat purchases over the whole horizon, undiscounted. */
  readonly expected: number;
  /** Σᵢ (E[Y(i·f)] − E[Y((i−1)·f)]) / (1+d)^i for i = 1..months. */
  readonly discounted: number;
}

/**
 * Expected and discounted repeat purchases of history (x, t_x, T) over `months` months of
 * `unitsPerMonth` model time units each, with monthly discount rate `discountRate`. Multiplying
 * `discounted` by E[M] gives lifetimes' CLV: Σᵢ E[M]·(E[Y(i·f)] − E[Y((i−1)·f)]) / (1+d)^i.
 */
export function purchaseOutlook(
  params: BgNbdParams,
  history: { readonly x: number; readonly recency: number; readonly age: number },
  months: number,
  unitsPerMonth: number,
  discountRate: number,
): PurchaseOutlook {
  const times = Float64Array.from({ length: months }, (_, i) => (i + 1) * unitsPerMonth);
  const cumulative = bgNbdExpectedPurchasesCurve(params, times, history.x, history.recency, history.age);
  let previous = 0;
  let discounted = 0;
  for (let month = 1; month <= months; month++) {
    const current = cumulative[month - 1]!;
    discounted += (current - previous) / (1 + discountRate) ** month;
    previous = current;
  }
  return { expected: previous, discounted };
}
