// The funnel request schema: defaults, and a failed parse naming the field for every bad input
// (the HTTP layer answers 400 E_VALIDATION with `issue.path`).
import { describe, expect, it } from 'vitest';
import { funnelProperties, funnelQuerySchema } from './funnel-query.js';

const valid = {
  steps: [{ event: 'Product Viewed' }, { event: 'Product Added' }, { event: 'Order Completed' }],
  dateRange: { from: '2026-03-01T00:00:00Z', to: '2026-03-31T23:59:59Z' },
};

/** The paths of the issues of a failed parse. */
function issuePaths(body: unknown): (string | number)[][] {
  const parsed = funnelQuerySchema.safeParse(body);
  expect(parsed.success).toBe(false);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)));
}

describe('funnelQuerySchema', () => {
  it('fills in the defaults of spec §3', () => {
    const query = funnelQuerySchema.parse(valid);
    expect(query).toMatchObject({
      order: 'ordered',
      window: { value: 14, unit: 'day' },
      exclusions: [],
      exclusionMode: 'end_attempt',
      timezone: 'UTC',
      weekStart: 'monday',
    });
    expect(query.dateRange).toEqual({
      from: Date.parse('2026-03-01T00:00:00Z'),
      to: Date.parse('2026-03-31T23:59:59Z'),
    });
    const withBreakdown = funnelQuerySchema.parse({ ...valid, breakdown: { property: 'utm_source' } });
    expect(withBreakdown.breakdown).toEqual({
      property: 'utm_source',
      attribution: 'first_touch',
      limit: 25,
    });
  });

  it('accepts every order, mode and attribution of the spec', () => {
    for (const order of ['ordered', 'strict']) {
      for (const attribution of ['first_touch', 'last_touch', 'all_events', 'step:0', 'step:2']) {
        for (const exclusionMode of ['end_attempt', 'disqualify_person']) {
          const body = {
            ...valid,
            order,
            exclusionMode,
            breakdown: { property: 'p', attribution },
            exclusions: [{ event: 'Cart Emptied', fromStep: 1, toStep: 2 }],
          };
          expect(funnelQuerySchema.safeParse(body).success).toBe(true);
        }
      }
    }
    expect(
      funnelQuerySchema.safeParse({
        ...valid,
        order: 'unordered',
        exclusions: [{ event: 'x', fromStep: 0, toStep: 2 }],
      }).success,
    ).toBe(true);
  });

  it('empty steps → steps', () => {
    expect(issuePaths({ ...valid, steps: [] })).toEqual([['steps']]);
    expect(issuePaths({ ...valid, steps: undefined })).toEqual([['steps']]);
  });

  it('window ≤ 0 or over 366 days → window', () => {
    expect(issuePaths({ ...valid, window: { value: 0, unit: 'day' } })).toEqual([['window', 'value']]);
    expect(issuePaths({ ...valid, window: { value: -3, unit: 'hour' } })).toEqual([['window', 'value']]);
    expect(issuePaths({ ...valid, window: { value: 367, unit: 'day' } })).toEqual([['window']]);
    expect(issuePaths({ ...valid, window: { value: 1, unit: 'year' } })).toEqual([['window', 'unit']]);
    expect(funnelQuerySchema.safeParse({ ...valid, window: { value: 366, unit: 'day' } }).success).toBe(true);
  });

  it('bad order → order; bad exclusion mode → exclusionMode', () => {
    expect(issuePaths({ ...valid, order: 'sequential' })).toEqual([['order']]);
    expect(issuePaths({ ...valid, exclusionMode: 'remove' })).toEqual([['exclusionMode']]);
  });

  it('bad dates → dateRange', () => {
    expect(issuePaths({ ...valid, dateRange: { from: 'yesterday', to: '2026-03-31T00:00:00Z' } })).toEqual([
      ['dateRange', 'from'],
    ]);
    expect(
      issuePaths({ ...valid, dateRange: { from: '2026-03-01T00:00:00', to: '2026-03-31T00:00:00Z' } }),
    ).toEqual([['dateRange', 'from']]);
    expect(
      issuePaths({ ...valid, dateRange: { from: '2026-04-01T00:00:00Z', to: '2026-03-31T00:00:00Z' } }),
    ).toEqual([['dateRange', 'from']]);
    expect(issuePaths({ ...valid, dateRange: undefined })).toEqual([['dateRange']]);
  });

  it('bad timezone → timezone', () => {
    expect(issuePaths({ ...valid, timezone: 'Mars/Olympus' })).toEqual([['timezone']]);
  });

  it('test_funnel_exclusions_invalid_params: exclusion ranges', () => {
    const twoSteps = { ...valid, steps: valid.steps.slice(0, 2) };
    const exclusion = (fromStep: number, toStep: number) => ({
      ...twoSteps,
      exclusions: [{ event: 'x', fromStep, toStep }],
    });
    expect(issuePaths(exclusion(1, 1))).toEqual([['exclusions', 0, 'toStep']]); // empty range
    expect(issuePaths(exclusion(1, 2))).toEqual([['exclusions', 0, 'toStep']]); // past the last step
    expect(issuePaths(exclusion(2, 1))).toEqual([['exclusions', 0, 'toStep']]); // backwards
    expect(issuePaths(exclusion(0, 2))).toEqual([['exclusions', 0, 'toStep']]);
    // Unordered funnels only take full-range exclusions (test_funnel_unordered.py).
    expect(
      issuePaths({ ...valid, order: 'unordered', exclusions: [{ event: 'x', fromStep: 0, toStep: 1 }] }),
    ).toEqual([['exclusions', 0, 'fromStep']]);
  });

  it('breakdown attribution: unknown mode, step out of range, step:K on unordered', () => {
    const breakdown = (attribution: string, order = 'ordered') => ({
      ...valid,
      order,
      breakdown: { property: 'p', attribution },
    });
    expect(issuePaths(breakdown('first'))).toEqual([['breakdown', 'attribution']]);
    expect(issuePaths(breakdown('step:3'))).toEqual([['breakdown', 'attribution']]);
    expect(issuePaths(breakdown('step:1', 'unordered'))).toEqual([['breakdown', 'attribution']]);
    expect(funnelQuerySchema.safeParse(breakdown('step:0', 'unordered')).success).toBe(true);
    expect(issuePaths({ ...valid, breakdown: { property: '' } })).toEqual([['breakdown', 'property']]);
  });

  it('steps and trends: bad filters and intervals name their field', () => {
    expect(
      issuePaths({ ...valid, steps: [{ event: 'A', where: [{ property: 'p', op: 'like', value: 1 }] }] }),
    ).toEqual([['steps', 0, 'where', 0, 'op']]);
    expect(issuePaths({ ...valid, trends: { interval: 'hour' } })).toEqual([['trends', 'interval']]);
  });

  it('funnelProperties lists the filter and breakdown paths', () => {
    const query = funnelQuerySchema.parse({
      ...valid,
      steps: [{ event: 'A', where: [{ property: 'currency', op: 'eq', value: 'EUR' }] }, { event: 'B' }],
      exclusions: [
        {
          event: 'X',
          where: [{ property: 'context.page.url', op: 'contains', value: '/cart' }],
          fromStep: 0,
          toStep: 1,
        },
      ],
      breakdown: { property: 'utm_source' },
    });
    expect(funnelProperties(query).sort()).toEqual(['context.page.url', 'currency', 'utm_source']);
  });
});
