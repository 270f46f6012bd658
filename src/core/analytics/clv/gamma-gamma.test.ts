import { describe, expect, it } from 'vitest';
import { cdnowSummary as cdnow } from '../../../../test/fixtures/cdnow/cdnow.js';
import { fitGammaGamma, gammaGammaExpectedSpend } from './gamma-gamma.js';

// lifetimes' cdnow_customers_summary_with_transactions: ID, x, t_x, T, zbar (mean repeat spend).
const frequency = cdnow.map((row) => row[1]!);
const monetary = cdnow.map((row) => row[4]!);

describe('fitGammaGamma on CDNOW', () => {
  it('reproduces lifetimes’ fit on the 946 repeat customers', () => {
    // Quickstart: "fitted with 946 subjects, p: 6.25, q: 3.74, v: 15.45"; lifetimes' test expects
    // [6.25, 3.74, 15.44] to two decimals (the optimum is v = 15.4477…).
    const fit = fitGammaGamma(frequency, monetary, 0);
    if (!fit.ok) throw new Error(fit.reason);
    expect(fit.customers).toBe(946);
    expect(fit.params.p).toBeCloseTo(6.25, 2);
    expect(fit.params.q).toBeCloseTo(3.74, 2);
    expect(fit.params.v).toBeCloseTo(15.44, 1);
  });

  it('does not depend on the currency unit, even with a penalizer', () => {
    // Spend in cents instead of dollars: p and q stay, v is 100 times larger.
    const dollars = fitGammaGamma(frequency, monetary, 0.01);
    const cents = fitGammaGamma(
      frequency,
      monetary.map((m) => m * 100),
      0.01,
    );
    if (!dollars.ok || !cents.ok) throw new Error('fit failed');
    expect(cents.params.p / dollars.params.p).toBeCloseTo(1, 5);
    expect(cents.params.q / dollars.params.q).toBeCloseTo(1, 5);
    expect(cents.params.v / dollars.params.v).toBeCloseTo(100, 3);
  });

  it('gives the same fit from a warm-started sample as from all customers', () => {
    const full = fitGammaGamma(frequency, monetary, 0);
    const warm = fitGammaGamma(frequency, monetary, 0, 200);
    if (!full.ok || !warm.ok) throw new Error('fit failed');
    expect(warm.params.p / full.params.p).toBeCloseTo(1, 4);
    expect(warm.params.q / full.params.q).toBeCloseTo(1, 4);
    expect(warm.params.v / full.params.v).toBeCloseTo(1, 4);
  });

  it('explains when there are too few repeat customers', () => {
    const fit = fitGammaGamma([0, 1, 2, 3], [0, 10, 20, 0], 0);
    expect(fit.ok).toBe(false);
    if (!fit.ok) expect(fit.reason).toMatch(/at least 10 repeat customers.*found 2/);
  });
});

describe('gammaGammaExpectedSpend', () => {
  const params = { p: 6.25, q: 3.74, v: 15.44 };

  it('matches Hardie’s spreadsheet for the first ten CDNOW customers (lifetimes’ test)', () => {
    const expected = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    expected.forEach((value, i) =>
      expect(Math.abs(gammaGammaExpectedSpend(params, frequency[i]!, monetary[i]!) - value)).toBeLessThan(
        0.1,
      ),
    );
  });

  it('is the population mean v·p/(q − 1) without repeat purchases, and a weighted mean otherwise', () => {
    // v·p/(q − 1) = 15.44 · 6.25 / 2.74 = 35.2190.
    expect(gammaGammaExpectedSpend(params, 0, 0)).toBeCloseTo(35.219, 3);
    // x = 2, m̄ = 22.35: w = 12.5 / (12.5 + 2.74) = 0.820210; 0.179790 · 35.2190 + 0.820210 · 22.35 = 24.6637.
    expect(gammaGammaExpectedSpend(params, 2, 22.35)).toBeCloseTo(24.6637, 3);
  });

  it('is undefined when q ≤ 1 (the population mean is infinite)', () => {
    expect(gammaGammaExpectedSpend({ p: 2, q: 0.9, v: 10 }, 3, 20)).toBeNaN();
  });
});
