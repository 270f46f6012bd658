import { describe, expect, it } from 'vitest';
import type { NextOrderPrediction } from '../../api-client/analytics-insight-results.js';
import { countByRisk, DEFAULT_VIEW, sortPredictions } from './next-order-sort.js';

function prediction(
  id: string,
  next: string | null,
  extra: Partial<NextOrderPrediction> = {},
): NextOrderPrediction {
  return {
    profileId: id,
    orders: 2,
    intervals: 1,
    lastPurchaseAt: '2026-01-01T00:00:00Z',
    expectedIntervalDays: next === null ? null : 10,
    expectedNextOrderAt: next,
    window: null,
    confidence: 'low',
    daysSinceLastPurchase: 5,
    daysOverdue: 0,
    intervalChurnRisk: 'low',
    pAlive: null,
    churnRisk: 'low',
    ...extra,
  };
}

const customers = [
  prediction('c', '2026-02-01T00:00:00Z', { churnRisk: 'high', orders: 5 }),
  prediction('a', null, { churnRisk: 'unknown' }),
  prediction('b', '2026-01-15T00:00:00Z', { churnRisk: 'medium', orders: 3 }),
  prediction('d', '2026-01-15T00:00:00Z', { churnRisk: 'high' }),
];

describe('sortPredictions', () => {
  it('starts with the lowest risk, each risk by expected date', () => {
    expect(sortPredictions(customers, DEFAULT_VIEW).map((c) => c.profileId)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('puts the soonest expected order first and customers without a date last', () => {
    const byDate = { ...DEFAULT_VIEW, sort: 'next' as const };
    expect(sortPredictions(customers, byDate).map((c) => c.profileId)).toEqual(['b', 'd', 'c', 'a']);
    const latest = sortPredictions(customers, { ...byDate, isDescending: true });
    expect(latest.map((c) => c.profileId)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('sorts by risk and keeps only the chosen risk', () => {
    const byRisk = sortPredictions(customers, { ...DEFAULT_VIEW, sort: 'risk', isDescending: true });
    expect(byRisk.map((c) => c.profileId)).toEqual(['d', 'c', 'b', 'a']);
    const high = sortPredictions(customers, { ...DEFAULT_VIEW, risk: 'high' });
    expect(high.map((c) => c.profileId)).toEqual(['d', 'c']);
  });

  it('counts customers per risk', () => {
    expect(countByRisk(customers)).toEqual({ unknown: 1, low: 0, medium: 1, high: 2 });
  });
});
