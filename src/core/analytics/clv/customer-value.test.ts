import { describe, expect, it } from 'vitest';
import { cdnowSummary } from '../../../../test/fixtures/cdnow/cdnow.js';
import { bgNbdExpectedPurchases } from './bg-nbd.js';
import { fitBgNbd } from './bg-nbd-fit.js';
import { groupPatterns } from './customer-patterns.js';
import { purchaseOutlook } from './customer-value.js';
import { fitGammaGamma, gammaGammaExpectedSpend } from './gamma-gamma.js';

describe('purchaseOutlook', () => {
  // With a → 0 nobody drops out and E[Y(t)] = (r + x)·t / (α + T) (the NBD limit): with r = 2,
  // α = 10, x = 3, T = 20 and 30 time units a month that is 5 · 30 / 30 = 5 purchases a month.
  const noDropOut = { r: 2, alpha: 10, a: 1e-9, b: 1 };
  const history = { x: 3, recency: 15, age: 20 };

  it('adds up monthly purchases, undiscounted', () => {
    const outlook = purchaseOutlook(noDropOut, history, 3, 30, 0);
    expect(outlook.expected).toBeCloseTo(15, 5);
    expect(outlook.discounted).toBeCloseTo(15, 5);
  });

  it('discounts month i by (1 + d)^i', () => {
    // 5/1.1 + 5/1.21 + 5/1.331 = 4.545455 + 4.132231 + 3.756574 = 12.434260.
    const outlook = purchaseOutlook(noDropOut, history, 3, 30, 0.1);
    expect(outlook.expected).toBeCloseTo(15, 5);
    expect(outlook.discounted).toBeCloseTo(12.43426, 4);
  });

  it('follows lifetimes’ known-values test: one month at d = 0 is E[Y(f)], at d = 1 half of it', () => {
    const params = { r: 0.16, alpha: 1.86, a: 1.85, b: 3.18 };
    const customer = { x: 6, recency: 142, age: 292 };
    const oneMonth = bgNbdExpectedPurchases(params, 30, customer.x, customer.recency, customer.age);
    expect(purchaseOutlook(params, customer, 1, 30, 0).discounted).toBeCloseTo(oneMonth, 12);
    expect(purchaseOutlook(params, customer, 1, 30, 1).discounted).toBeCloseTo(oneMonth / 2, 12);
  });
});

describe('CLV on CDNOW (lifetimes Quickstart)', () => {
  it('reproduces the Quickstart’s customer_lifetime_value output', () => {
    // The Quickstart fits BG/NBD and Gamma-Gamma on CDNOW and prints the 12-month CLV at a 1%
    // monthly discount. It passes weekly data with lifetimes' default freq 'D', so a "month" is
    // 30 model units there (30 weeks); we use the same factor to compare like with like.
    const rows = cdnowSummary;
    const [x, recency, age, spend] = [1, 2, 3, 4].map((k) => rows.map((row) => row[k]!)) as [
      number[],
      number[],
      number[],
      number[],
    ];
    const bg = fitBgNbd(groupPatterns(x, recency, age), 0);
    const gg = fitGammaGamma(x, spend, 0);
    if (!bg.ok || !gg.ok) throw new Error('fit failed');
    const clvOf = (i: number) =>
      gammaGammaExpectedSpend(gg.params, x[i]!, spend[i]!) *
      purchaseOutlook(bg.params, { x: x[i]!, recency: recency[i]!, age: age[i]! }, 12, 30, 0.01).discounted;
    // Customers 1, 2, 3, 6, 7 and 9 of the printed list.
    const printed: Array<[number, number]> = [
      [0, 140.096211],
      [1, 18.943467],
      [2, 38.180574],
      [5, 1003.868107],
      [6, 28.109683],
      [8, 167.418216],
    ];
    for (const [i, value] of printed) expect(clvOf(i) / value).toBeCloseTo(1, 4);
  });
});
