// Discounted expected purchases over a horizon: the BG/NBD half of lifetimes'
// `_customer_lifetime_value`, so CLV = E[M] × this (reference A7 "CLV").
import { bgNbdExpectedPurchasesCurve } from './bg-nbd.js';
/** Model time units in a month: lifetimes' factors for daily and weekly data. */
export const UNITS_PER_MONTH = { day: 30, week: 4.345 };
/**
 * Expected and discounted repeat purchases of history (x, t_x, T) over `months` months of
 * `unitsPerMonth` model time units each, with monthly discount rate `discountRate`. Multiplying
 * `discounted` by E[M] gives lifetimes' CLV: Σᵢ E[M]·(E[Y(i·f)] − E[Y((i−1)·f)]) / (1+d)^i.
 */
export function purchaseOutlook(params, history, months, unitsPerMonth, discountRate) {
    const times = Float64Array.from({ length: months }, (_, i) => (i + 1) * unitsPerMonth);
    const cumulative = bgNbdExpectedPurchasesCurve(params, times, history.x, history.recency, history.age);
    let previous = 0;
    let discounted = 0;
    for (let month = 1; month <= months; month++) {
        const current = cumulative[month - 1];
        discounted += (current - previous) / (1 + discountRate) ** month;
        previous = current;
    }
    return { expected: previous, discounted };
}
//# sourceMappingURL=customer-value.js.map