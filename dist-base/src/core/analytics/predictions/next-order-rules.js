// The rules of next-order prediction, on gaps between purchase occasions (ms):
//
// Expected gap and window. k = the customer's number of gaps.
// - k ≥ 3: median of own gaps; window [p25, p75] of own gaps (type-7 quantiles);
// - k = 1 or 2: median of own gaps; window = that median × the shop's p25/median and p75/median,
//   because one or two gaps say little about spread;
// - k = 0 (one purchase): the shop's median gap and window [p25, p75] of the shop;
// - the shop's figures are quantiles of per-customer median gaps (each repeat customer counts
//   once, so heavy buyers do not dominate). No repeat customer in the shop: no prediction.
//
// Confidence, from k and the dispersion d = (p75 − p25) ÷ median of own gaps:
// - high: k ≥ 4 and d ≤ 0.5;   medium: k ≥ 2 and d ≤ 0.5, or k ≥ 4 and d ≤ 1;   else low.
//   (For two gaps a and b, d = |b − a| ÷ (a + b): d ≤ 0.5 means they are within a factor 3.)
//
// Churn risk from the gaps, with e = time since the last purchase, H = window end − last purchase,
// S = max(window width, expected gap ÷ 2) (a floor so a perfectly regular buyer is not at high
// risk one day late):
// - low: e ≤ H (the usual window has not passed);
// - medium: H < e ≤ H + 1.5 · S (late, within Tukey's fence of the usual spread);
// - high: e > H + 1.5 · S (a gap this long would be an outlier for this customer).
// P(alive) (BG/NBD, when given): < 0.3 high, < 0.7 medium, else low. The reported risk is the
// higher of both: the model cannot judge one-purchase customers (P(alive) = 1), the gap rule can.
import { quantileOfSorted } from '../quantiles.js';
/** Quartiles of sorted gaps. */
export function gapQuartiles(sorted) {
    if (sorted.length === 0)
        return undefined;
    return {
        median: quantileOfSorted(sorted, 0.5),
        p25: quantileOfSorted(sorted, 0.25),
        p75: quantileOfSorted(sorted, 0.75),
    };
}
/** Confidence from the number of gaps and their dispersion (see the file header). */
export function confidenceOf(gapCount, dispersion) {
    if (gapCount >= 4 && dispersion <= 0.5)
        return 'high';
    if ((gapCount >= 2 && dispersion <= 0.5) || (gapCount >= 4 && dispersion <= 1))
        return 'medium';
    return 'low';
}
/** Estimates a customer's next gap from their sorted gaps and the shop's (see the file header). */
export function estimateGap(sortedOwn, shop) {
    const k = sortedOwn.length;
    if (k === 0)
        return shop && { expected: shop.median, low: shop.p25, high: shop.p75, confidence: 'low' };
    const own = gapQuartiles(sortedOwn);
    const dispersion = own.median > 0 ? (own.p75 - own.p25) / own.median : Number.POSITIVE_INFINITY;
    const confidence = confidenceOf(k, dispersion);
    if (k >= 3 || !shop || shop.median <= 0)
        return { expected: own.median, low: own.p25, high: own.p75, confidence };
    const scale = own.median / shop.median;
    return { expected: own.median, low: shop.p25 * scale, high: shop.p75 * scale, confidence };
}
/** Churn risk from the time since the last purchase and the gap estimate (see the file header). */
export function intervalChurnRisk(elapsed, estimate) {
    if (!estimate)
        return 'unknown';
    if (elapsed <= estimate.high)
        return 'low';
    const spread = Math.max(estimate.high - estimate.low, estimate.expected / 2);
    return elapsed <= estimate.high + 1.5 * spread ? 'medium' : 'high';
}
/** Churn risk from a BG/NBD P(alive). */
export function pAliveRisk(pAlive) {
    return pAlive < 0.3 ? 'high' : pAlive < 0.7 ? 'medium' : 'low';
}
const RISK_RANK = { unknown: 0, low: 1, medium: 2, high: 3 };
/** The higher of two risks (unknown < low < medium < high). */
export function higherRisk(a, b) {
    return RISK_RANK[a] >= RISK_RANK[b] ? a : b;
}
//# sourceMappingURL=next-order-rules.js.map