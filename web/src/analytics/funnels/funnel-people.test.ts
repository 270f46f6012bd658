import { describe, expect, it } from 'vitest';
import type { FunnelQuery } from '../../api-client/analytics-queries.js';
import type { FunnelResult, FunnelStepResult } from '../../api-client/analytics-results.js';
import { funnelPeople } from './funnel-people.js';

const step = (name: string, count: number): FunnelStepResult => ({
  name,
  count,
  overallConversion: count / 100,
  stepConversion: 0,
  timeToConvertMs: { mean: null, median: null, p90: null },
});

const RESULT: FunnelResult = {
  steps: [step('Product Viewed', 100), step('Product Added', 30), step('Order Completed', 10)],
  breakdowns: [
    {
      value: 'google',
      steps: [step('Product Viewed', 40), step('Product Added', 12), step('Order Completed', 4)],
    },
  ],
};
const QUERY: FunnelQuery = {
  steps: RESULT.steps.map((s) => ({ event: s.name })),
  dateRange: { from: '2024-01-01T00:00:00.000Z', to: '2024-01-31T23:59:59.999Z' },
};

describe('funnelPeople', () => {
  it('asks for the people who reached a step with its count', () => {
    const request = funnelPeople(QUERY, RESULT, { step: 1 });
    expect(request?.key).toContain('{"step":1}');
    expect(request?.expectedCount).toBe(30);
    expect(request?.title).toBe('Reached “Product Added”');
  });

  it('reads the drop-off above bar K as reached K − 1 but not K', () => {
    const request = funnelPeople(QUERY, RESULT, { step: 1, isDropped: true });
    expect(request?.key).toContain('{"step":1,"dropped":true}');
    expect(request?.expectedCount).toBe(70);
    expect(request?.description).toContain('Did Product Viewed, not Product Added');
  });

  it('has no drop-off before the first step, and counts a breakdown value on its own', () => {
    expect(funnelPeople(QUERY, RESULT, { step: 0, isDropped: true })).toBeNull();
    const request = funnelPeople(QUERY, RESULT, { step: 2, isDropped: true, breakdown: 'google' });
    expect(request?.key).toContain('{"step":2,"dropped":true,"breakdown":"google"}');
    expect(request?.expectedCount).toBe(8);
  });
});
