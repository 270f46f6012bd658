import { describe, expect, it } from 'vitest';
import type { NextOrderPrediction } from '../../api-client/analytics-insight-results.js';
import { explainConfidence, explainRisk } from './next-order-explain.js';

const SHOP = { repeatCustomers: 33, medianIntervalDays: 8.5, p25IntervalDays: 6, p75IntervalDays: 19 };

const steady: NextOrderPrediction = {
  profileId: 'prf_1',
  orders: 6,
  intervals: 5,
  lastPurchaseAt: '2026-03-01T00:00:00Z',
  expectedIntervalDays: 30,
  expectedNextOrderAt: '2026-03-31T00:00:00Z',
  window: { from: '2026-03-27T00:00:00Z', to: '2026-04-03T00:00:00Z' },
  confidence: 'high',
  daysSinceLastPurchase: 40,
  daysOverdue: 10,
  intervalChurnRisk: 'medium',
  pAlive: null,
  churnRisk: 'medium',
};

describe('explainConfidence', () => {
  it('names the number of intervals and their spread', () => {
    const text = explainConfidence(steady, SHOP);
    expect(text.title).toBe('High confidence');
    expect(text.lines[0]).toBe(
      '5 intervals between orders, median 30 days: the middle half 26–33 days, a spread of 23% of the median.',
    );
  });

  it('says when the shop’s interval stands in for a one-order customer', () => {
    const single = {
      ...steady,
      intervals: 0,
      orders: 1,
      confidence: 'low' as const,
      expectedIntervalDays: 8.5,
    };
    expect(explainConfidence(single, SHOP).lines[0]).toContain("shop's typical interval of 9 days");
    expect(explainConfidence(single, SHOP).lines[0]).toContain('33 repeat customers');
  });
});

describe('explainRisk', () => {
  it('says how late the customer is against the usual window', () => {
    const text = explainRisk(steady, '2026-04-10T00:00:00Z');
    expect(text.title).toBe('Medium churn risk');
    // The window's end is a local calendar day: its text depends on the locale and zone.
    expect(text.lines).toHaveLength(1);
    expect(text.lines[0]).toMatch(
      /^40 days since the last order: past the usual window \(.+\), within the normal spread\.$/,
    );
  });
});
