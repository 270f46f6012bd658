// Pearson's correlation coefficient, for the Gamma-Gamma independence check.
/**
 * Pearson's r between two equally long samples, or null when it is undefined (fewer than two
 * pairs, or a sample without spread).
 *
 * @example pearsonCorrelation([1, 2, 3], [2, 4, 6]) // 1
 */
export function pearsonCorrelation(xs, ys) {
    const n = Math.min(xs.length, ys.length);
    if (n < 2)
        return null;
    let meanX = 0;
    let meanY = 0;
    for (let i = 0; i < n; i++) {
        meanX += xs[i];
        meanY += ys[i];
    }
    meanX /= n;
    meanY /= n;
    // Two passes (means first) rather than running sums: no cancellation on large values.
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
        const dx = xs[i] - meanX;
        const dy = ys[i] - meanY;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx === 0 || syy === 0)
        return null;
    return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
//# sourceMappingURL=pearson-correlation.js.map