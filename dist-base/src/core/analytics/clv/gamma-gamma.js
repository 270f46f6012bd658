// The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Hardie's note 025) as
// lifetimes' GammaGammaFitter: fit (p, q, v) on repeat customers, then E[M | x, m̄] (reference A7).
import { logGamma } from '../../numeric/index.js';
import { minimizeWithWarmStart, PILOT_CUSTOMERS } from './warm-start.js';
/** Repeat customers with a positive mean spend needed to estimate three parameters. */
export const MIN_GAMMA_GAMMA_CUSTOMERS = 10;
const MAX_ABS_LOG_PARAM = 30;
/**
 * Fits Gamma-Gamma on the customers with x > 0 and m̄ > 0 (the model is defined for positive
 * spend only; lifetimes refuses other values). Money is divided by its mean before fitting so
 * that `penalizer`·(p² + q² + v²) acts on a unit-free v: the same coefficient then means the same
 * in cents or in yen. With penalizer 0 this is lifetimes' fit exactly. Above 4 ×
 * `pilotCustomers` customers the fit is warm-started from every k-th customer (warm-start.ts).
 */
export function fitGammaGamma(frequency, monetary, penalizer, pilotCustomers = PILOT_CUSTOMERS) {
    const xs = [];
    const ms = [];
    for (let i = 0; i < frequency.length; i++) {
        if (frequency[i] > 0 && monetary[i] > 0 && Number.isFinite(monetary[i])) {
            xs.push(frequency[i]);
            ms.push(monetary[i]);
        }
    }
    if (xs.length < MIN_GAMMA_GAMMA_CUSTOMERS) {
        return {
            ok: false,
            reason: `Gamma-Gamma needs at least ${MIN_GAMMA_GAMMA_CUSTOMERS} repeat customers with a positive mean spend; found ${xs.length}`,
        };
    }
    const scale = ms.reduce((sum, m) => sum + m, 0) / ms.length;
    const scaled = ms.map((m) => m / scale);
    const every = Math.floor(xs.length / pilotCustomers);
    const sample = (values) => values.filter((_, i) => i % every === 0);
    const pilot = every >= 4 ? gammaGammaObjective(sample(xs), sample(scaled), penalizer) : undefined;
    const result = minimizeWithWarmStart(gammaGammaObjective(xs, scaled, penalizer), [0.1, 0.1, 0.1], pilot);
    const [p, q, v] = result.x.map(Math.exp);
    if (!result.converged || result.x.some((value) => !(Math.abs(value) < MAX_ABS_LOG_PARAM))) {
        return {
            ok: false,
            reason: 'Gamma-Gamma fit did not converge to finite parameters (are all spends nearly equal?)',
        };
    }
    return { ok: true, params: { p, q, v: v * scale }, customers: xs.length };
}
/**
 * Negative mean log-likelihood over ln(p, q, v) plus the penalty. Per customer:
 * lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln m + px ln x − (px+q) ln(xm + v).
 * The Γ terms depend on x alone and are computed once per distinct x.
 */
function gammaGammaObjective(xs, ms, penalizer) {
    const distinct = [...new Set(xs)];
    const indexOf = new Map(distinct.map((x, k) => [x, k]));
    const xIndex = Int32Array.from(xs, (x) => indexOf.get(x));
    const countOfX = new Float64Array(distinct.length);
    for (const k of xIndex)
        countOfX[k]++;
    const lnM = Float64Array.from(ms, Math.log);
    const xLnX = Float64Array.from(xs, (x) => x * Math.log(x));
    const n = xs.length;
    return (logParams) => {
        const [p, q, v] = logParams.map(Math.exp);
        const lgQ = logGamma(q);
        let total = 0;
        for (let k = 0; k < distinct.length; k++) {
            const px = p * distinct[k];
            total += countOfX[k] * (logGamma(px + q) - logGamma(px) - lgQ);
        }
        const qLnV = q * Math.log(v);
        for (let i = 0; i < n; i++) {
            const x = xs[i];
            const px = p * x;
            total += qLnV + (px - 1) * lnM[i] + p * xLnX[i] - (px + q) * Math.log(x * ms[i] + v);
        }
        return -total / n + penalizer * (p * p + q * q + v * v);
    };
}
/**
 * E[M | x, m̄] = (1 − w)·v·p/(q − 1) + w·m̄ with w = p·x / (p·x + q − 1): the customer's mean
 * spend shrunk towards the population mean. For x = 0 it is the population mean. Undefined
 * (NaN) when q ≤ 1, where the population mean is infinite.
 */
export function gammaGammaExpectedSpend({ p, q, v }, x, monetary) {
    if (!(q > 1))
        return Number.NaN;
    const weight = (p * x) / (p * x + q - 1);
    return (1 - weight) * ((v * p) / (q - 1)) + weight * monetary;
}
//# sourceMappingURL=gamma-gamma.js.map