import { describe, expect, it } from 'vitest';
import { nelderMead } from './index.js';

const rosenbrock = ([x = 0, y = 0]: readonly number[]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock valley from the classic start (−1.2, 1)', () => {
    // The only minimum is (1, 1) with value 0; the curved valley is the standard hard case.
    const result = nelderMead(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
    expect(result.value).toBeLessThan(1e-12);
  });

  it('minimises a 4-dimensional quadratic with different scales', () => {
    // Σ kᵢ(xᵢ − cᵢ)² has its minimum at c.
    const centre = [3, -1, 0.5, 10];
    const scales = [1, 10, 100, 0.1];
    const f = (x: readonly number[]) => x.reduce((sum, v, i) => sum + scales[i]! * (v - centre[i]!) ** 2, 0);
    const result = nelderMead(f, [0, 0, 0, 0]);
    centre.forEach((c, i) => expect(result.x[i]).toBeCloseTo(c, 5));
  });

  it('walks away from points where the objective is NaN', () => {
    // ln is undefined for x ≤ 0; (ln x)² has its minimum at x = 1.
    const result = nelderMead(([x = 0]) => Math.log(x) ** 2, [0.2], { initialStep: -0.5 });
    expect(result.x[0]).toBeCloseTo(1, 6);
  });

  it('reports a run that ran out of iterations', () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 5, restarts: 0 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(5);
  });
});
