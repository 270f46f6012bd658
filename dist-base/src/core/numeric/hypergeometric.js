// Gauss's hypergeometric function ₂F₁, as the BG/NBD conditional expectation needs it: real
// parameters and 0 ≤ z < 1, in log form so that large purchase counts cannot overflow.
const EPSILON = 1e-16;
const MAX_TERMS = 1_000_000;
/**
 * The Gauss series Σₙ (a)ₙ(b)ₙ / ((c)ₙ n!) · zⁿ for |z| < 1.
 * Returns NaN when the series does not converge within a million terms or overflows, and for
 * c a non-positive integer (undefined). A non-positive integer a or b ends the series (a
 * polynomial).
 *
 * @example hyp2f1(1, 1, 2, 0.5) // −ln(1 − 0.5) / 0.5 ≈ 1.3862943611198906
 */
export function hyp2f1(a, b, c, z) {
    if (!(Math.abs(z) < 1) || (c <= 0 && Number.isInteger(c)))
        return Number.NaN;
    let term = 1;
    let sum = 1;
    for (let n = 0; n < MAX_TERMS; n++) {
        const ratio = ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
        term *= ratio;
        sum += term;
        if (!Number.isFinite(sum))
            return Number.NaN;
        if (term === 0)
            return sum;
        // The ratio tends to z, so once it is below 1 the rest of the series is bounded by a
        // geometric tail with the larger of the two ratios; stop when that tail is negligible.
        const bound = Math.max(Math.abs(ratio), Math.abs(z));
        if (bound < 1 && (Math.abs(term) * bound) / (1 - bound) <= EPSILON * Math.abs(sum))
            return sum;
    }
    return Number.NaN;
}
/**
 * ln ₂F₁(a, b; c; z) for 0 ≤ z < 1, choosing between the direct series and Euler's
 * transformation ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) · ₂F₁(c−a, c−b; c; z).
 *
 * The two are the same function; their series converge at different speeds. The n-th term of
 * the direct series behaves like n^(a+b−c−1)·zⁿ and that of the transformed one like
 * n^(c−a−b−1)·zⁿ, so we take the one with the smaller exponent first and fall back to the other
 * if it fails. (lifetimes uses the transformation only after the direct form overflows; with
 * many repeat purchases the direct series grows like n^x before it shrinks.)
 * Returns NaN when neither form converges or the value is not positive.
 */
export function logHyp2f1(a, b, c, z) {
    const preferDirect = a + b <= c;
    const value = preferDirect ? logDirect(a, b, c, z) : logEuler(a, b, c, z);
    if (Number.isFinite(value))
        return value;
    return preferDirect ? logEuler(a, b, c, z) : logDirect(a, b, c, z);
}
function logDirect(a, b, c, z) {
    return Math.log(hyp2f1(a, b, c, z));
}
function logEuler(a, b, c, z) {
    return (c - a - b) * Math.log1p(-z) + Math.log(hyp2f1(c - a, c - b, c, z));
}
//# sourceMappingURL=hypergeometric.js.map