import { describe, expect, it } from 'vitest';
import {
  bgNbdExpectedPurchases,
  bgNbdExpectedPurchasesOfNewCustomer,
  bgNbdProbabilityAlive,
} from './bg-nbd.js';
import { bgNbdLogLikelihood, fitBgNbd, type BgNbdParams } from './bg-nbd-fit.js';
import { groupPatterns } from './customer-patterns.js';
import { cdnowSummary as cdnow } from '../../../../test/fixtures/cdnow/cdnow.js';

// lifetimes' cdnow_customers_summary (x, t_x, T in weeks) for the 2,357 CDNOW customers.
const column = (k: number) => cdnow.map((row) => row[k]!);
const cdnowPatterns = groupPatterns(column(1), column(2), column(3));

/** The published CDNOW estimates (Fader, Hardie & Lee 2005; lifetimes' Quickstart). */
const PUBLISHED: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
/** Both rounded to three significant figures are equal. */
const threeFigures = (value: number, expected: number) =>
  expect(value.toPrecision(3)).toBe(expected.toPrecision(3));

describe('fitBgNbd on CDNOW', () => {
  const fit = fitBgNbd(cdnowPatterns, 0);
  if (!fit.ok) throw new Error(fit.reason);

  it('reproduces the published parameters to three significant figures', () => {
    // 0.2426 → 0.243, 4.4135 → 4.41 (published 4.414 → 4.41), 0.7929 → 0.793, 2.4258 → 2.43.
    threeFigures(fit.params.r, PUBLISHED.r);
    threeFigures(fit.params.alpha, PUBLISHED.alpha);
    threeFigures(fit.params.a, PUBLISHED.a);
    threeFigures(fit.params.b, PUBLISHED.b);
  });

  it('lands on lifetimes’ own optimum (its Quickstart summary, six figures)', () => {
    // lifetimes' bgf.summary: r 0.242593, alpha 4.413532, a 0.792886, b 2.425752.
    expect(fit.params.r).toBeCloseTo(0.242593, 5);
    expect(fit.params.alpha).toBeCloseTo(4.413532, 4);
    expect(fit.params.a).toBeCloseTo(0.792886, 4);
    expect(fit.params.b).toBeCloseTo(2.425752, 3);
    // Fader, Hardie & Lee report LL = −9582.4 for the 2,357 customers: −9582.4 / 2357 = −4.06551.
    expect(fit.logLikelihood * 2357).toBeCloseTo(-9582.4, 1);
  });

  it('shrinks every parameter as the penalizer grows (lifetimes’ penalizer test)', () => {
    const light = fitBgNbd(cdnowPatterns, 0.1);
    const heavy = fitBgNbd(cdnowPatterns, 10);
    if (!light.ok || !heavy.ok) throw new Error('penalized fits failed');
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      expect(light.params[key]).toBeLessThan(fit.params[key]);
      expect(heavy.params[key]).toBeLessThan(light.params[key]);
    }
  });

  it('gives the same fit from a warm-started sample as from the full data', () => {
    // 2,357 customers ≥ 4 × 500, so a pilot on every 4th customer runs first.
    const warm = fitBgNbd(cdnowPatterns, 0, 500);
    if (!warm.ok) throw new Error(warm.reason);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      expect(warm.params[key] / fit.params[key]).toBeCloseTo(1, 4);
    }
  });
});

describe('bgNbdLogLikelihood', () => {
  it('weights a pattern like that many customers (lifetimes’ weights test)', () => {
    // Two customers (1, 2, 5) and one (3, 2, 6): grouped with weight 2 or listed one by one.
    const params = { r: 1, alpha: 1, a: 1, b: 1 };
    const listed = groupPatterns([1, 1, 3], [2, 2, 2], [5, 5, 6]);
    const grouped = groupPatterns([1, 3], [2, 2], [5, 6], [2, 1]);
    expect(listed.size).toBe(2);
    expect(bgNbdLogLikelihood(params, listed)).toBeCloseTo(bgNbdLogLikelihood(params, grouped), 14);
  });

  it('matches the formula by hand for one customer with x = 0', () => {
    // x = 0, T = 3, r = α = a = b = 1: A1 = lnΓ(1) − lnΓ(1) + 1·ln 1 = 0, A2 = lnΓ(2) + lnΓ(1)
    // − lnΓ(1) − lnΓ(2) = 0, A3 = −1·ln(1 + 3) = −ln 4, and A4 does not count.
    const one = groupPatterns([0], [0], [3]);
    expect(bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, one)).toBeCloseTo(-Math.log(4), 14);
  });
});

describe('fitBgNbd with too little data', () => {
  it('explains instead of fitting noise', () => {
    const few = fitBgNbd(groupPatterns([1, 0, 2], [3, 0, 4], [5, 6, 7]), 0);
    expect(few.ok).toBe(false);
    if (!few.ok) expect(few.reason).toMatch(/at least 20 customers.*found 3 customers, 2 repeat/);
    // Enough customers, but nobody came back: nothing to learn about rates or drop-out.
    const noRepeat = fitBgNbd(groupPatterns(Array(30).fill(0), Array(30).fill(0), Array(30).fill(9)), 0);
    expect(noRepeat.ok).toBe(false);
  });
});

describe('BG/NBD predictions with the CDNOW parameters', () => {
  const params: BgNbdParams = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };

  it('matches Hardie’s spreadsheet for customer 1 (lifetimes’ conditional expectation test)', () => {
    // x = 2, t_x = 30.43, T = 38.86: expected purchases in the next 39 weeks = 1.226.
    expect(bgNbdExpectedPurchases(params, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
  });

  it('matches Hardie’s spreadsheet for the population curve E[X(t)]', () => {
    // lifetimes' test_expectation_returns_same_value_Hardie_excel_sheet.
    const times = [0.1429, 1.0, 3.0, 31.8571, 32.0, 78.0];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) =>
      expect(bgNbdExpectedPurchasesOfNewCustomer(params, t)).toBeCloseTo(expected[i]!, 3),
    );
  });

  it('computes P(alive) by the formula', () => {
    // x = 2, t_x = 30.43, T = 38.86: (α+T)/(α+t_x) = 43.273532 / 34.843532 = 1.241940;
    // ^(r + x = 2.242593) = e^(2.242593 · 0.216674) = 1.625655; a/(b + 1) = 0.231449;
    // P = 1 / (1 + 0.231449 · 1.625655) = 1 / 1.376256 = 0.726609.
    expect(bgNbdProbabilityAlive(params, 2, 30.43, 38.86)).toBeCloseTo(0.726609, 5);
    // Without repeat purchases nobody has had a chance to drop out (lifetimes' test: (0, 1, 1) → 1).
    expect(bgNbdProbabilityAlive(params, 0, 1, 1)).toBe(1);
    // 1000 purchases in 10 weeks, then 90 silent weeks: certainly gone, and 0 rather than NaN.
    expect(bgNbdProbabilityAlive(params, 1000, 10, 100)).toBe(0);
  });

  it('stays within [0, 1] over a grid (lifetimes’ bounds test)', () => {
    for (let x = 0; x < 100; x += 10) {
      for (let recency = 0; recency < 100; recency += 10) {
        for (let age = recency; age < 100; age += 10) {
          const p = bgNbdProbabilityAlive(params, x, recency, age);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('tends to the NBD expectation (r + x)·t / (α + T) when nobody drops out (a → 0)', () => {
    // r = 2, α = 10, x = 3, T = 20, t = 6: (2 + 3) · 6 / (10 + 20) = 1; for x = 0: 2 · 6 / 30 = 0.4.
    const noDropOut = { r: 2, alpha: 10, a: 1e-9, b: 1 };
    expect(bgNbdExpectedPurchases(noDropOut, 6, 3, 15, 20)).toBeCloseTo(1, 6);
    expect(bgNbdExpectedPurchases({ ...noDropOut, b: 5 }, 6, 0, 0, 20)).toBeCloseTo(0.4, 6);
  });

  it('is 0 for a zero horizon and finite for heavy buyers', () => {
    expect(bgNbdExpectedPurchases(params, 0, 5, 10, 20)).toBe(0);
    // 300 repeat purchases: the direct ₂F₁ series would grow like n^300 first.
    const heavy = bgNbdExpectedPurchases(params, 52, 300, 38, 38.86);
    expect(Number.isFinite(heavy)).toBe(true);
    expect(heavy).toBeGreaterThan(100);
  });
});
