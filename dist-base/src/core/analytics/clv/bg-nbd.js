// BG/NBD predictions for one customer history (x, t_x, T): P(alive) and the conditional
// expected number of repeat purchases (Fader, Hardie & Lee 2005, eq. 10; reference A7).
import { logHyp2f1 } from '../../numeric/index.js';
/**
 * ln of the odds term in both formulas: (a / (b + x − 1)) · ((α + T) / (α + t_x))^(r + x);
 * −Infinity when x = 0 (such a customer has not had a chance to drop out).
 */
function logDropOutOdds({ r, alpha, a, b }, x, recency, age) {
    if (x === 0)
        return Number.NEGATIVE_INFINITY;
    return Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + age) / (alpha + recency));
}
/**
 * P(alive | x, t_x, T) = 1 / (1 + [x>0]·(a/(b+x−1))·((α+T)/(α+t_x))^(r+x)); 1 when x = 0.
 * Computed as a logistic of the log-odds, so a huge purchase count gives 0, not NaN.
 *
 * @example bgNbdProbabilityAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0, 0, 10) // 1
 */
export function bgNbdProbabilityAlive(params, x, recency, age) {
    return 1 / (1 + Math.exp(logDropOutOdds(params, x, recency, age)));
}
/**
 * E[Y(t) | x, t_x, T]: expected repeat purchases in the next `t` time units of a customer with
 * history (x, t_x, T):
 * ((a+b+x−1)/(a−1)) · [1 − ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
 *   / (1 + [x>0]·(a/(b+x−1))·((α+T)/(α+t_x))^(r+x)).
 */
export function bgNbdExpectedPurchases(params, t, x, recency, age) {
    return bgNbdExpectedPurchasesCurve(params, [t], x, recency, age)[0];
}
/**
 * E[Y(t) | x, t_x, T] at several horizons `times` for one history: the terms that do not
 * depend on t are computed once (CLV needs one value per month).
 */
export function bgNbdExpectedPurchasesCurve(params, times, x, recency, age) {
    const { r, alpha, b } = params;
    const a = awayFromOne(params.a);
    const scale = (a + b + x - 1) / (a - 1) / (1 + Math.exp(logDropOutOdds(params, x, recency, age)));
    const values = new Float64Array(times.length);
    for (let i = 0; i < times.length; i++) {
        const t = times[i];
        if (!(t > 0))
            continue;
        const z = t / (alpha + age + t);
        // ln[(1 − z)^(r+x) · ₂F₁(…; z)], since 1 − z = (α+T)/(α+T+t).
        const logTerm = (r + x) * Math.log1p(-z) + logHyp2f1(r + x, b + x, a + b + x - 1, z);
        values[i] = scale * -Math.expm1(logTerm);
    }
    return values;
}
/**
 * E[Y(t)] for a customer just acquired (eq. 9): ((a+b−1)/(a−1)) · [1 − (α/(α+t))^r ·
 * ₂F₁(r, b; a+b−1; t/(α+t))]. The population curve, used to check a fit against Hardie's sheet.
 */
export function bgNbdExpectedPurchasesOfNewCustomer(params, t) {
    if (t <= 0)
        return 0;
    const { r, alpha, b } = params;
    const a = awayFromOne(params.a);
    const z = t / (alpha + t);
    const logTerm = r * Math.log1p(-z) + logHyp2f1(r, b, a + b - 1, z);
    return ((a + b - 1) / (a - 1)) * -Math.expm1(logTerm);
}
// Both formulas are 0/0 at a = 1 although their limit is finite. A fitted a within 1e-7 of 1
// is moved to 1 ± 1e-7: the shift changes the result by ~1e-7 relative, while rounding in the
// near-cancelling bracket stays below that too (a smaller shift would amplify rounding).
const NEAR_ONE = 1e-7;
function awayFromOne(a) {
    if (Math.abs(a - 1) >= NEAR_ONE)
        return a;
    return a < 1 ? 1 - NEAR_ONE : 1 + NEAR_ONE;
}
//# sourceMappingURL=bg-nbd.js.map