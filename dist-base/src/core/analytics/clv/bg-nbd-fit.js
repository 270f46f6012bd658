// Maximum-likelihood fit of the BG/NBD model (Fader, Hardie & Lee 2005) as lifetimes'
// BetaGeoFitter does it: negative mean log-likelihood plus an L2 penalty, over log-parameters,
// with times scaled so that the oldest customer's T is 1 (reference A7).
import { logGamma } from '../../numeric/index.js';
import { samplePatterns } from './customer-patterns.js';
import { minimizeWithWarmStart, PILOT_CUSTOMERS } from './warm-start.js';
/** Fewer customers than this leave four parameters unidentified: the estimates are noise. */
export const MIN_BGNBD_CUSTOMERS = 20;
/** Without repeat purchases there is no information about purchase rates or drop-out. */
export const MIN_BGNBD_REPEAT_CUSTOMERS = 2;
// A log-parameter beyond this (a parameter above ~1e13 or below ~1e-13) means the likelihood
// kept improving towards a boundary: there is no interior optimum to report.
const MAX_ABS_LOG_PARAM = 30;
/**
 * The mean log-likelihood of the patterns under `params` (time in the patterns' unit):
 * Σ w·(A1 + A2 + ln(e^A3 + [x>0]·e^A4)) / Σ w with lifetimes' A1..A4.
 */
export function bgNbdLogLikelihood(params, patterns) {
    const { r, alpha, a, b } = params;
    const { distinctFrequency, frequencyWeight, frequencyIndex } = patterns;
    // A1 and A2 and the ln(b + x − 1) of A4 depend on x alone: once per distinct x.
    const lnBx = new Float64Array(distinctFrequency.length);
    const lgR = logGamma(r);
    const lgB = logGamma(b);
    const lgAB = logGamma(a + b);
    const rLnAlpha = r * Math.log(alpha);
    let total = 0;
    let totalWeight = 0;
    for (let k = 0; k < distinctFrequency.length; k++) {
        const x = distinctFrequency[k];
        const a1 = logGamma(r + x) - lgR + rLnAlpha;
        const a2 = lgAB + logGamma(b + x) - lgB - logGamma(a + b + x);
        total += frequencyWeight[k] * (a1 + a2);
        totalWeight += frequencyWeight[k];
        lnBx[k] = Math.log(b + Math.max(x, 1) - 1);
    }
    // ln(α + T) and ln(α + t_x) once per distinct value: times are whole days, so there are few.
    const lnAlphaAge = patterns.distinctAge.map((t) => Math.log(alpha + t));
    const lnAlphaRecency = patterns.distinctRecency.map((t) => Math.log(alpha + t));
    const lnA = Math.log(a);
    const { frequency, weight, ageIndex, recencyIndex } = patterns;
    for (let p = 0; p < patterns.size; p++) {
        const x = frequency[p];
        const a3 = -(r + x) * lnAlphaAge[ageIndex[p]];
        if (x === 0) {
            total += weight[p] * a3;
            continue;
        }
        const a4 = lnA - lnBx[frequencyIndex[p]] - (r + x) * lnAlphaRecency[recencyIndex[p]];
        // ln(e^A3 + e^A4) without overflow.
        const high = Math.max(a3, a4);
        total += weight[p] * (high + Math.log1p(Math.exp(-Math.abs(a3 - a4))));
    }
    return total / totalWeight;
}
/**
 * Fits BG/NBD to customer patterns by Nelder–Mead over ln(r, α, a, b), starting where lifetimes
 * starts (all log-parameters 0.1). `penalizer` adds penalizer·(r² + α² + a² + b²) with α in
 * scaled time, exactly lifetimes' objective, so the same coefficient means the same thing.
 * Above 4 × `pilotCustomers` customers the fit is warm-started from a sample (warm-start.ts).
 */
export function fitBgNbd(patterns, penalizer, pilotCustomers = PILOT_CUSTOMERS) {
    let customers = 0;
    let repeatCustomers = 0;
    let maxAge = 0;
    for (let p = 0; p < patterns.size; p++) {
        customers += patterns.weight[p];
        if (patterns.frequency[p] > 0)
            repeatCustomers += patterns.weight[p];
        maxAge = Math.max(maxAge, patterns.age[p]);
    }
    if (customers < MIN_BGNBD_CUSTOMERS || repeatCustomers < MIN_BGNBD_REPEAT_CUSTOMERS || maxAge === 0) {
        return {
            ok: false,
            reason: `BG/NBD needs at least ${MIN_BGNBD_CUSTOMERS} customers, ${MIN_BGNBD_REPEAT_CUSTOMERS} of them with a ` +
                `repeat purchase, observed for more than a day; found ${customers} customers, ${repeatCustomers} repeat`,
        };
    }
    const scaled = scaleTime(patterns, 1 / maxAge);
    const objective = (data) => (logParams) => {
        const [r, alpha, a, b] = logParams.map(Math.exp);
        const penalty = penalizer * (r * r + alpha * alpha + a * a + b * b);
        return -bgNbdLogLikelihood({ r, alpha, a, b }, data) + penalty;
    };
    const every = Math.floor(customers / pilotCustomers);
    const pilot = every >= 4 ? objective(samplePatterns(scaled, every)) : undefined;
    const result = minimizeWithWarmStart(objective(scaled), [0.1, 0.1, 0.1, 0.1], pilot);
    const [r, alpha, a, b] = result.x.map(Math.exp);
    const diverged = result.x.some((v) => !(Math.abs(v) < MAX_ABS_LOG_PARAM));
    if (!result.converged || diverged || !Number.isFinite(result.value)) {
        return {
            ok: false,
            reason: 'BG/NBD fit did not converge to finite parameters; a penalizer of 0.001–0.1 usually helps',
        };
    }
    const params = { r, alpha: alpha * maxAge, a, b };
    return {
        ok: true,
        params,
        logLikelihood: bgNbdLogLikelihood(params, patterns),
        evaluations: result.evaluations,
    };
}
function scaleTime(patterns, scale) {
    return {
        ...patterns,
        recency: patterns.recency.map((t) => t * scale),
        age: patterns.age.map((t) => t * scale),
        distinctRecency: patterns.distinctRecency.map((t) => t * scale),
        distinctAge: patterns.distinctAge.map((t) => t * scale),
    };
}
//# sourceMappingURL=bg-nbd-fit.js.map