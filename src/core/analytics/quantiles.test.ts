import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianInPlace, medianOf, quantileOfSorted } from './quantiles.js';

describe('quantiles', () => {
  it('interpolates between closest ranks (type 7)', () => {
    const sorted = Float64Array.of(10, 20, 30, 40);
    expect(quantileOfSorted(sorted, 0.5)).toBe(25); // between 20 and 30
    expect(quantileOfSorted(sorted, 0.25)).toBe(17.5); // position 0.75: 10 + 0.75 · 10
    expect(quantileOfSorted(sorted, 1)).toBe(40);
    expect(quantileOfSorted(new Float64Array(0), 0.5)).toBeNaN();
  });

  it('takes the median without sorting, middle two averaged', () => {
    expect(medianOf([5, 1, 3])).toBe(3);
    expect(medianOf([4, 1, 3, 2])).toBe(2.5);
    expect(medianOf([7, 7, 7, 7])).toBe(7);
    expect(medianOf([])).toBeNull();
  });

  it('agrees with the sorted median on any input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 }), (values) => {
        const sorted = Float64Array.from(values).sort();
        expect(medianInPlace(Float64Array.from(values))).toBe(quantileOfSorted(sorted, 0.5));
      }),
    );
  });
});
