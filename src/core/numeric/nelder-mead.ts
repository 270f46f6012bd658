// Derivative-free minimisation (Nelder–Mead simplex) for the small, smooth likelihoods of the
// CLV models: 3 or 4 parameters, optimised in log space.

/** Options of `nelderMead`. */
export interface NelderMeadOptions {
  /** Offset of the other simplex vertices from the start, per coordinate. @default 0.5 */
  readonly initialStep?: number;
  /** Iteration limit of one run. @default 400 × dimension */
  readonly maxIterations?: number;
  /** Converged when every vertex is this close to the best one in every coordinate. @default 1e-8 */
  readonly xTolerance?: number;
  /** …and every vertex's value is this close to the best value. @default 1e-12 */
  readonly fTolerance?: number;
  /**
   * Fresh simplexes (a tenth of `initialStep` wide) built around the answer after the first run.
   * A simplex can collapse onto a line in a curved valley and stop early; a restart catches that
   * for about half the cost of the first run. Stops early when a restart finds no improvement.
   * @default 1
   */
  readonly restarts?: number;
}

/** Where `nelderMead` stopped. */
export interface Minimum {
  readonly x: number[];
  readonly value: number;
  readonly iterations: number;
  readonly evaluations: number;
  /** False when a run hit `maxIterations` before meeting both tolerances. */
  readonly converged: boolean;
}

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
export function nelderMead(
  f: (x: readonly number[]) => number,
  start: readonly number[],
  options: NelderMeadOptions = {},
): Minimum {
  let evaluations = 0;
  const objective = (x: readonly number[]) => {
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
    if (gain > 0) best = next;
    // Stop once a restart no longer finds anything: the first run had not stopped early.
    if (!(gain > (options.fTolerance ?? 1e-12))) break;
  }
  return { x: best.x, value: best.value, iterations, evaluations, converged };
}

interface Run {
  readonly x: number[];
  readonly value: number;
  readonly iterations: number;
  readonly converged: boolean;
}

function runSimplex(
  objective: (x: readonly number[]) => number,
  start: readonly number[],
  step: number,
  options: NelderMeadOptions,
): Run {
  const n = start.length;
  const maxIterations = options.maxIterations ?? 400 * n;
  const xTolerance = options.xTolerance ?? 1e-8;
  const fTolerance = options.fTolerance ?? 1e-12;
  const points: number[][] = [start.slice()];
  for (let i = 0; i < n; i++) {
    const vertex = start.slice();
    vertex[i] = vertex[i]! + step;
    points.push(vertex);
  }
  const values = points.map(objective);
  const order = points.map((_, i) => i);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    order.sort((i, j) => values[i]! - values[j]!);
    const bestIndex = order[0]!;
    const worstIndex = order[n]!;
    if (isConverged(points, values, bestIndex, xTolerance, fTolerance)) {
      return { x: points[bestIndex]!, value: values[bestIndex]!, iterations: iteration, converged: true };
    }
    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) {
      const vertex = points[order[k]!]!;
      for (let i = 0; i < n; i++) centroid[i]! += vertex[i]! / n;
    }
    const along = (t: number) => centroid.map((c, i) => c + t * (c - points[worstIndex]![i]!));
    const reflected = along(REFLECT);
    const reflectedValue = objective(reflected);
    const bestValue = values[bestIndex]!;
    const secondWorstValue = values[order[n - 1]!]!;
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
    const outside = reflectedValue < values[worstIndex]!;
    const contracted = along(outside ? CONTRACT : -CONTRACT);
    const contractedValue = objective(contracted);
    if (contractedValue < (outside ? reflectedValue : values[worstIndex]!)) {
      points[worstIndex] = contracted;
      values[worstIndex] = contractedValue;
      continue;
    }
    const bestPoint = points[bestIndex]!;
    for (const k of order.slice(1)) {
      points[k] = points[k]!.map((v, i) => bestPoint[i]! + SHRINK * (v - bestPoint[i]!));
      values[k] = objective(points[k]!);
    }
  }
  order.sort((i, j) => values[i]! - values[j]!);
  return { x: points[order[0]!]!, value: values[order[0]!]!, iterations: maxIterations, converged: false };
}

function isConverged(
  points: readonly number[][],
  values: readonly number[],
  bestIndex: number,
  xTolerance: number,
  fTolerance: number,
): boolean {
  const best = points[bestIndex]!;
  const bestValue = values[bestIndex]!;
  for (let k = 0; k < points.length; k++) {
    if (k === bestIndex) continue;
    if (!(Math.abs(values[k]! - bestValue) <= fTolerance)) return false;
    const vertex = points[k]!;
    for (let i = 0; i < best.length; i++) if (Math.abs(vertex[i]! - best[i]!) > xTolerance) return false;
  }
  return true;
}
