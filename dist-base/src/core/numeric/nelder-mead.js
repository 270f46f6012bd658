// Derivative-free minimisation (Nelder–Mead simplex) for the small, smooth likelihoods of the
// CLV models: 3 or 4 parameters, optimised in log space.
// Standard coefficients: reflection, expansion, contraction, shrink.
const REFLECT = 1;
const EXPAND = 2;
const CONTRACT = 0.5;
const SHRINK = 0.5;
/**
 * Minimises `f` from `start` with the Nelder–Mead simplex method. NaN values count as +Infinity,
 * so the simplex walks away from points where the objective is undefined.
 *
 * @example nelderMead(([x = 0, y = 0]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).x // ≈ [1, -2]
 */
export function nelderMead(f, start, options = {}) {
    let evaluations = 0;
    const objective = (x) => {
        evaluations++;
        const value = f(x);
        return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
    };
    const step = options.initialStep ?? 0.5;
    let best = runSimplex(objective, start, step, options);
    let iterations = best.iterations;
    let converged = best.converged;
    for (let restart = 0; restart < (options.restarts ?? 1); restart++) {
        const next = runSimplex(objective, best.x, step / 10, options);
        iterations += next.iterations;
        converged = next.converged;
        const gain = best.value - next.value;
        if (gain > 0)
            best = next;
        // Stop once a restart no longer finds anything: the first run had not stopped early.
        if (!(gain > (options.fTolerance ?? 1e-12)))
            break;
    }
    return { x: best.x, value: best.value, iterations, evaluations, converged };
}
function runSimplex(objective, start, step, options) {
    const n = start.length;
    const maxIterations = options.maxIterations ?? 400 * n;
    const xTolerance = options.xTolerance ?? 1e-8;
    const fTolerance = options.fTolerance ?? 1e-12;
    const points = [start.slice()];
    for (let i = 0; i < n; i++) {
        const vertex = start.slice();
        vertex[i] = vertex[i] + step;
        points.push(vertex);
    }
    const values = points.map(objective);
    const order = points.map((_, i) => i);
    for (let iteration = 0; iteration < maxIterations; iteration++) {
        order.sort((i, j) => values[i] - values[j]);
        const bestIndex = order[0];
        const worstIndex = order[n];
        if (isConverged(points, values, bestIndex, xTolerance, fTolerance)) {
            return { x: points[bestIndex], value: values[bestIndex], iterations: iteration, converged: true };
        }
        const centroid = new Array(n).fill(0);
        for (let k = 0; k < n; k++) {
            const vertex = points[order[k]];
            for (let i = 0; i < n; i++)
                centroid[i] += vertex[i] / n;
        }
        const along = (t) => centroid.map((c, i) => c + t * (c - points[worstIndex][i]));
        const reflected = along(REFLECT);
        const reflectedValue = objective(reflected);
        const bestValue = values[bestIndex];
        const secondWorstValue = values[order[n - 1]];
        if (reflectedValue < bestValue) {
            const expanded = along(EXPAND);
            const expandedValue = objective(expanded);
            const takeExpanded = expandedValue < reflectedValue;
            points[worstIndex] = takeExpanded ? expanded : reflected;
            values[worstIndex] = takeExpanded ? expandedValue : reflectedValue;
            continue;
        }
        if (reflectedValue < secondWorstValue) {
            points[worstIndex] = reflected;
            values[worstIndex] = reflectedValue;
            continue;
        }
        // Contract towards the better of the worst vertex and its reflection.
        const outside = reflectedValue < values[worstIndex];
        const contracted = along(outside ? CONTRACT : -CONTRACT);
        const contractedValue = objective(contracted);
        if (contractedValue < (outside ? reflectedValue : values[worstIndex])) {
            points[worstIndex] = contracted;
            values[worstIndex] = contractedValue;
            continue;
        }
        const bestPoint = points[bestIndex];
        for (const k of order.slice(1)) {
            points[k] = points[k].map((v, i) => bestPoint[i] + SHRINK * (v - bestPoint[i]));
            values[k] = objective(points[k]);
        }
    }
    order.sort((i, j) => values[i] - values[j]);
    return { x: points[order[0]], value: values[order[0]], iterations: maxIterations, converged: false };
}
function isConverged(points, values, bestIndex, xTolerance, fTolerance) {
    const best = points[bestIndex];
    const bestValue = values[bestIndex];
    for (let k = 0; k < points.length; k++) {
        if (k === bestIndex)
            continue;
        if (!(Math.abs(values[k] - bestValue) <= fTolerance))
            return false;
        const vertex = points[k];
        for (let i = 0; i < best.length; i++)
            if (Math.abs(vertex[i] - best[i]) > xTolerance)
                return false;
    }
    return true;
}
//# sourceMappingURL=nelder-mead.js.map