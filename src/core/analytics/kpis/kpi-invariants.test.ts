import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { kpiQuerySchema } from './kpi-query.js';
import { kpiActors, runKpis } from './run-kpis.js';

const T0 = Date.parse('2026-03-01T00:00:00.000Z');
const query = kpiQuerySchema.parse({
  dateRange: { from: '2026-03-02T00:00:00Z', to: '2026-03-04T00:00:00Z' },
});
const EVENTS = [
  '$page',
  '$screen',
  'Product Added',
  'Checkout Started',
  'Order Completed',
  'Order Refunded',
  'Email Opened',
  '$identify',
];

const row = fc.record({
  actorId: fc.constantFrom('a', 'b', 'c', 'd'),
  event: fc.constantFrom(...EVENTS),
  timestamp: fc.integer({ min: 0, max: 5 * 86_400_000 }).map((ms) => T0 + ms),
  properties: fc.record({
    revenue: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    cart_id: fc.option(fc.constantFrom('k1', 'k2'), { nil: undefined }),
    channel: fc.option(fc.constantFrom('web', 'pos'), { nil: undefined }),
  }),
}) as fc.Arbitrary<ActorEventInput>;

describe('KPI invariants on random stores', () => {
  it('keeps rates in [0, 1] (or null), sub-counts within their totals, and click-through sizes equal to counts', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const table = buildActorEvents(rows);
        const result = runKpis(table, query, { now: T0 + 10 * 86_400_000 });
        const rates = [
          result.conversionRate,
          result.sessionConversionRate,
          result.bounceRate,
          result.cartAbandonmentRate,
          result.checkoutAbandonmentRate,
          result.repeatPurchaseRate,
        ];
        for (const rate of rates) if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
        expect(result.convertedVisitors).toBeLessThanOrEqual(result.visitors);
        expect(result.engagedSessions).toBeLessThanOrEqual(result.sessions);
        expect(result.posOrders).toBeLessThanOrEqual(result.orders);
        expect(result.repeatCustomers).toBeLessThanOrEqual(result.customers);
        const options = { now: T0 };
        expect(kpiActors(table, query, { metric: 'visitors' }, options)).toHaveLength(result.visitors);
        expect(kpiActors(table, query, { metric: 'converted' }, options)).toHaveLength(
          result.convertedVisitors,
        );
        expect(kpiActors(table, query, { metric: 'customers' }, options)).toHaveLength(result.customers);
      }),
      { numRuns: 200 },
    );
  });
});
