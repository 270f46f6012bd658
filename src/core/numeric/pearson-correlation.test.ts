import { describe, expect, it } from 'vitest';
import { pearsonCorrelation } from './index.js';

describe('pearsonCorrelation', () => {
  it('is ±1 on exact lines and 0 on a symmetric cloud', () => {
    expect(pearsonCorrelation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 14);
    expect(pearsonCorrelation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 14);
    // Points (−1, 1), (0, 0), (1, 1), (0, 2): covariance Σ dx·dy = −1·0 + 0 + 1·0 + 0 = 0.
    expect(pearsonCorrelation([-1, 0, 1, 0], [1, 0, 1, 2])).toBeCloseTo(0, 14);
  });

  it('matches a hand-computed value', () => {
    // x = 1, 2, 3, 4 and y = 2, 1, 4, 3 both have mean 2.5.
    // dx = −1.5, −0.5, 0.5, 1.5; dy = −0.5, −1.5, 1.5, 0.5 → Σ dx·dy = 0.75 · 4 = 3;
    // Σ dx² = Σ dy² = 5, so r = 3 / 5 = 0.6.
    expect(pearsonCorrelation([1, 2, 3, 4], [2, 1, 4, 3])).toBeCloseTo(0.6, 14);
  });

  it('is null when undefined', () => {
    expect(pearsonCorrelation([1], [1])).toBeNull();
    expect(pearsonCorrelation([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});
