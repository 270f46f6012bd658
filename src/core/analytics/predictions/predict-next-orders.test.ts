import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { nextOrderQuerySchema } from './next-order-query.js';
import { confidenceOf, intervalChurnRisk } from './next-order-rules.js';
import { nextOrderActors, predictNextOrders } from './predict-next-orders.js';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const DAY = 86_400_000;
const day = (n: number) => T0 + n * DAY;
const iso = (n: number) => new Date(day(n)).toISOString();
const asOf = day(140);
const query = nextOrderQuerySchema.parse({});
const orders = (actorId: string, days: number[]): ActorEventInput[] =>
  days.map((n) => ({ actorId, event: 'Order Completed', timestamp: day(n) }));

// Gaps per customer (days) and the shop's quartiles over per-customer medians:
//   R: 0, 30, 60, 90, 120 → gaps 30 30 30 30        → median 30, p25 30, p75 30, d = 0
//   I: 0, 10, 60, 70      → gaps 10 10 50 (sorted)  → median 10, p25 10, p75 30, d = 2
//   T: 0, 20, 60          → gaps 20 40              → median 30, p25 25, p75 35, d = 1/3
//   S: 100                → no gap (shop figures)
//   D: two orders 10 h apart on day 0 → one occasion, no gap
// Shop medians [10, 30, 30] → median 30, p25 20 (10 + 0.5·20), p75 30.
const shop = [
  ...orders('R', [0, 30, 60, 90, 120]),
  ...orders('I', [0, 10, 60, 70]),
  ...orders('T', [0, 20, 60]),
  ...orders('S', [100]),
  { actorId: 'D', event: 'Order Completed', timestamp: day(0) + 10 * 3_600_000 },
  { actorId: 'D', event: 'Order Completed', timestamp: day(0) + 20 * 3_600_000 },
  { actorId: 'V', event: '$page', timestamp: day(5) }, // never ordered: no prediction
];

const predict = (rows: ActorEventInput[], options: Partial<Parameters<typeof predictNextOrders>[2]> = {}) =>
  predictNextOrders(buildActorEvents(rows), query, { now: asOf, ...options });
const byId = (rows: ActorEventInput[], options?: Partial<Parameters<typeof predictNextOrders>[2]>) =>
  Object.fromEntries(predict(rows, options).customers.map((c) => [c.profileId, c]));

describe('predictNextOrders', () => {
  it('reports the shop quartiles over per-customer median gaps', () => {
    expect(predict(shop).shop).toEqual({
      repeatCustomers: 3,
      medianIntervalDays: 30,
      p25IntervalDays: 20,
      p75IntervalDays: 30,
    });
  });

  it('predicts from own gaps with 3 or more of them', () => {
    const { R, I } = byId(shop);
    // R: last day 120 + 30; window [p25, p75] = [150, 150]; 4 gaps, d = 0 → high.
    expect(R).toMatchObject({
      orders: 5,
      intervals: 4,
      expectedIntervalDays: 30,
      expectedNextOrderAt: iso(150),
      confidence: 'high',
    });
    expect(R!.window).toEqual({ from: iso(150), to: iso(150) });
    // I: last day 70 + median 10 = day 80; window [80, 100]; d = (30 − 10)/10 = 2 → low.
    expect(I).toMatchObject({
      expectedNextOrderAt: iso(80),
      window: { from: iso(80), to: iso(100) },
      confidence: 'low',
    });
  });

  it('scales the shop window for one or two gaps, and uses the shop for single purchases', () => {
    const { T, S, D } = byId(shop);
    // T: own median 30, shop window ratios 20/30 and 30/30 → gaps [20, 30] after day 60.
    expect(T).toMatchObject({
      expectedNextOrderAt: iso(90),
      window: { from: iso(80), to: iso(90) },
      confidence: 'medium',
    });
    // S: day 100 + shop median 30; window [120, 130]; single purchase → low confidence.
    expect(S).toMatchObject({
      intervals: 0,
      expectedNextOrderAt: iso(130),
      window: { from: iso(120), to: iso(130) },
      confidence: 'low',
    });
    // D: two orders 10 h apart are one purchase occasion starting at 10:00 on day 0.
    expect(D).toMatchObject({
      orders: 2,
      intervals: 0,
      lastPurchaseAt: new Date(day(0) + 10 * 3_600_000).toISOString(),
    });
  });

  it('labels churn risk from the gap distribution', () => {
    const { R, I, T, S, D } = byId(shop);
    // R: 20 days since day 120 ≤ window end 30 → low, not overdue.
    expect(R).toMatchObject({
      daysSinceLastPurchase: 20,
      daysOverdue: 0,
      intervalChurnRisk: 'low',
      churnRisk: 'low',
    });
    // I: 70 days; window end 30, spread max(20, 5) = 20, fence 30 + 30 = 60 < 70 → high; 70 − 10 = 60 overdue.
    expect(I).toMatchObject({ daysOverdue: 60, churnRisk: 'high' });
    // T: 80 days; fence 30 + 1.5 · max(10, 15) = 52.5 < 80 → high.
    expect(T!.churnRisk).toBe('high');
    // S: 40 days; 30 < 40 ≤ 52.5 → medium; 10 days overdue.
    expect(S).toMatchObject({ daysOverdue: 10, churnRisk: 'medium' });
    expect(D!.churnRisk).toBe('high'); // 140 days since its only purchase
    expect(R!.pAlive).toBeNull();
  });

  it('raises churn risk with P(alive) when the model supplies it', () => {
    // Actors sort D, I, R, S, T, V. R has P(alive) 0.2 → high; S has 1 → stays medium (the higher wins).
    const table = buildActorEvents(shop);
    const pAlive = (actor: number) => (table.actorIds[actor] === 'R' ? 0.2 : 1);
    const customers = Object.fromEntries(
      predictNextOrders(table, query, { now: asOf, pAlive }).customers.map((c) => [c.profileId, c]),
    );
    expect(customers['R']).toMatchObject({ pAlive: 0.2, intervalChurnRisk: 'low', churnRisk: 'high' });
    expect(customers['S']).toMatchObject({ pAlive: 1, churnRisk: 'medium' });
  });

  it('cannot predict without any repeat customer in the shop', () => {
    const result = predict(orders('S', [100]));
    expect(result.shop.medianIntervalDays).toBeNull();
    expect(result.customers[0]).toMatchObject({
      expectedNextOrderAt: null,
      window: null,
      churnRisk: 'unknown',
      confidence: 'low',
    });
  });

  it('ignores orders after as-of, honours the mask and clicks through', () => {
    const early = nextOrderQuerySchema.parse({ asOf: iso(65) });
    const table = buildActorEvents(shop);
    // As of day 65, R has orders 0, 30, 60 only: 2 gaps of 30.
    const r = predictNextOrders(table, early, { now: asOf }).customers.find((c) => c.profileId === 'R');
    expect(r).toMatchObject({ orders: 3, intervals: 2, lastPurchaseAt: iso(60) });
    const mask = Uint8Array.of(0, 0, 1, 1, 0, 0); // R and S
    expect(predictNextOrders(table, query, { now: asOf, mask }).customers.map((c) => c.profileId)).toEqual([
      'R',
      'S',
    ]);
    const highRisk = nextOrderActors(table, query, { churnRisk: 'high' }, { now: asOf });
    expect(highRisk.map((a) => table.actorIds[a])).toEqual(['D', 'I', 'T']);
  });
});

describe('next-order rules', () => {
  it('grades confidence by gap count and dispersion', () => {
    expect(confidenceOf(4, 0.5)).toBe('high');
    expect(confidenceOf(3, 0.2)).toBe('medium'); // too few gaps for high
    expect(confidenceOf(4, 0.9)).toBe('medium');
    expect(confidenceOf(2, 0.6)).toBe('low');
    expect(confidenceOf(1, 0)).toBe('low');
  });

  it('places the churn boundaries at the window end and at the Tukey fence', () => {
    const estimate = { expected: 10, low: 8, high: 12, confidence: 'high' as const };
    // spread = max(12 − 8, 10/2) = 5; fence = 12 + 7.5 = 19.5.
    expect(intervalChurnRisk(12, estimate)).toBe('low');
    expect(intervalChurnRisk(19.5, estimate)).toBe('medium');
    expect(intervalChurnRisk(19.6, estimate)).toBe('high');
    expect(intervalChurnRisk(5, undefined)).toBe('unknown');
  });
});
