import { describe, expect, it } from 'vitest';
import { hyp2f1, logHyp2f1 } from './index.js';

describe('hyp2f1', () => {
  it('matches closed forms', () => {
    for (const z of [0, 0.1, 0.5, 0.9, 0.99]) {
      // ₂F₁(1, 1; 2; z) = −ln(1 − z) / z (the z → 0 limit is 1).
      expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(z === 0 ? 1 : -Math.log1p(-z) / z, 12);
      // ₂F₁(a, b; b; z) = (1 − z)^(−a).
      expect(hyp2f1(0.7, 3.2, 3.2, z)).toBeCloseTo((1 - z) ** -0.7, 10);
    }
    // ₂F₁(½, ½; 3/2; w²) = arcsin(w) / w and ₂F₁(½, 1; 3/2; w²) = artanh(w) / w.
    const w = 0.8;
    expect(hyp2f1(0.5, 0.5, 1.5, w * w)).toBeCloseTo(Math.asin(w) / w, 12);
    expect(hyp2f1(0.5, 1, 1.5, w * w)).toBeCloseTo(Math.atanh(w) / w, 12);
  });

  it('ends a terminating series: ₂F₁(−2, b; c; z) is a polynomial', () => {
    // 1 − 2bz/c + b(b+1)z²/(c(c+1)) with b = 3, c = 4, z = ½: 1 − 0.75 + 0.15 = 0.4.
    expect(hyp2f1(-2, 3, 4, 0.5)).toBeCloseTo(0.4, 14);
  });

  it('is NaN outside |z| < 1 and for c a non-positive integer', () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
  });
});

describe('logHyp2f1', () => {
  it('agrees with the direct series where both work', () => {
    expect(logHyp2f1(1, 1, 2, 0.5)).toBeCloseTo(Math.log(-Math.log(0.5) / 0.5), 12);
    expect(logHyp2f1(0.5, 0.5, 1.5, 0.64)).toBeCloseTo(Math.log(Math.asin(0.8) / 0.8), 12);
  });

  it('stays finite through Euler’s transformation when the direct terms are huge', () => {
    // ₂F₁(a, b; b; z) = (1 − z)^(−a) again, with a large a: ln = −a·ln(1 − z). Here a + b > c, so
    // the transformed series (terms of ₂F₁(b − a, 0; b; z), i.e. just 1) is used.
    const a = 800.24;
    const b = 802.4;
    expect(logHyp2f1(a, b, b, 0.97)).toBeCloseTo(-a * Math.log(0.03), 8);
  });

  it('matches a BG/NBD-shaped case computed both ways', () => {
    // r + x, b + x, a + b + x − 1 with the CDNOW parameters and x = 2, z = 39 / (4.41 + 38.86 + 39).
    const [r, a, b, x] = [0.2426, 0.7929, 2.4258, 2];
    const z = 39 / (4.4135 + 38.86 + 39);
    const direct = Math.log(hyp2f1(r + x, b + x, a + b + x - 1, z));
    expect(logHyp2f1(r + x, b + x, a + b + x - 1, z)).toBeCloseTo(direct, 10);
  });
});
