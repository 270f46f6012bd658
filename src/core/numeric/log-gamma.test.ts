import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma } from './index.js';

describe('logGamma', () => {
  it('matches known closed forms', () => {
    // Γ(1/2) = √π, so ln Γ(1/2) = ½ ln π.
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    // Γ(1) = Γ(2) = 1.
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    // Γ(n) = (n − 1)!: Γ(10) = 9! = 362880.
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 13);
    // Γ(7/2) = (5/2)(3/2)(1/2)√π = 15√π/8.
    expect(logGamma(3.5)).toBeCloseTo(Math.log((15 * Math.sqrt(Math.PI)) / 8), 13);
  });

  it('matches reference values at the ends of the range', () => {
    // ln Γ(100) = ln 99! and ln Γ(1e-5) ≈ −ln(1e-5) − γ·1e-5 (γ = Euler's constant), from tables.
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 10);
    expect(logGamma(1e-5)).toBeCloseTo(11.512919692895824, 12);
    expect(logGamma(1e6) / 12815504.569147611).toBeCloseTo(1, 14);
  });

  it('satisfies Γ(x + 1) = x·Γ(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (x) => {
        const difference = logGamma(x + 1) - logGamma(x);
        expect(difference).toBeCloseTo(Math.log(x), 9);
      }),
    );
  });

  it('is NaN off its domain', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
    expect(logGamma(Number.NaN)).toBeNaN();
  });
});
