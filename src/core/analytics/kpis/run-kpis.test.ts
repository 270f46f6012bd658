import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { kpiQuerySchema } from './kpi-query.js';
import { kpiActors, runKpis } from './run-kpis.js';

const FROM = '2026-03-02T00:00:00.000Z';
const TO = '2026-03-08T23:59:59.999Z';
const T0 = Date.parse(FROM);
const SEC = 1_000;
const MIN = 60 * SEC;
const DAY = 86_400_000;
const now = Date.parse('2026-03-10T00:00:00.000Z');

const query = kpiQuerySchema.parse({ dateRange: { from: FROM, to: TO } });
const ev = (
  actorId: string,
  event: string,
  offsetMs: number,
  properties?: Record<string, unknown>,
): ActorEventInput => ({
  actorId,
  event,
  timestamp: T0 + offsetMs,
  ...(properties ? { properties } : {}),
});
const kpis = (rows: ActorEventInput[], mask?: Uint8Array) =>
  runKpis(buildActorEvents(rows), query, { now, mask });
const actorsOf = (rows: ActorEventInput[], metric: Parameters<typeof kpiActors>[2]['metric']) => {
  const table = buildActorEvents(rows);
  return kpiActors(table, query, { metric }, { now }).map((a) => table.actorIds[a]);
};

describe('runKpis', () => {
  it('returns zero counts and null ratios for an empty store', () => {
    const result = kpis([]);
    expect(result).toMatchObject({
      visitors: 0,
      sessions: 0,
      orders: 0,
      revenue: 0,
      conversionRate: null,
      bounceRate: null,
      medianTimeOnPageMs: null,
      cartAbandonmentRate: null,
      checkoutAbandonmentRate: null,
      repeatPurchaseRate: null,
      averageOrderValue: null,
      historicClvMean: null,
      conversionUnit: 'actor',
    });
  });

  // a buys, b bounces on one page, c adds to cart and leaves.
  const webShop = [
    ev('a', '$page', 0),
    ev('a', '$page', 1 * MIN),
    ev('a', 'Product Added', 2 * MIN, { cart_id: 'c1' }),
    ev('a', 'Checkout Started', 3 * MIN),
    ev('a', 'Order Completed', 4 * MIN, { revenue: 100, total: 120, shipping: 10, tax: 10 }),
    ev('b', '$page', DAY),
    ev('c', '$page', 2 * DAY),
    ev('c', '$page', 2 * DAY + 30 * SEC),
    ev('c', 'Product Added', 2 * DAY + 1 * MIN, { cart_id: 'c2' }),
  ];

  it('computes every KPI of a small web shop', () => {
    const result = kpis(webShop);
    expect(result.visitors).toBe(3); // a, b, c
    expect(result.sessions).toBe(3); // one visit each
    expect(result.orders).toBe(1);
    expect(result.revenue).toBe(100); // `revenue` wins over total − shipping − tax
    expect(result.conversionRate).toBeCloseTo(1 / 3); // a ordered, of 3 visitors
    expect(result.sessionConversionRate).toBeCloseTo(1 / 3); // a's session of 3
    // a: 2 views; c: 2 views; b: one page, 0 s, no key event → 1 bounced of 3.
    expect(result.bounceRate).toBeCloseTo(1 / 3);
    // Pages followed by another page in the session: a 0 → 1 min (60 s), c 0 → 30 s. Median 45 s.
    expect(result.medianTimeOnPageMs).toBe(45_000);
    expect(result.cartAbandonmentRate).toBe(0.5); // carts c1, c2; 1 order → 1 − 1/2
    expect(result.checkoutAbandonmentRate).toBe(0); // 1 started, 1 order
    expect(result.repeatPurchaseRate).toBe(0); // 1 customer, none with 2 orders
    expect(result.averageOrderValue).toBe(100);
    expect(result.historicClvMean).toBe(100); // a alone: 100
  });

  it('falls back from revenue to total − shipping − tax, and nets refunds of every shape', () => {
    const rows = [
      ev('a', 'Order Completed', 0, { order_id: 'o1', total: 120, shipping: 10, tax: 10 }), // 100
      ev('a', 'Order Completed', DAY, { order_id: 'o2', total: 50 }), // 50: no shipping or tax
      ev('b', 'Order Completed', DAY, { order_id: 'o3', revenue: 80, total: 99 }), // 80
      ev('b', 'Order Completed', DAY, { order_id: 'o4' }), // 0: no money at all
      ev('a', 'Order Refunded', 2 * DAY, { order_id: 'o2' }), // no amount: full refund of o2 = 50
      ev('b', 'Order Refunded', 2 * DAY, { order_id: 'o3', total: 30 }), // 30
      ev('b', 'Order Refunded', 3 * DAY, { amount: 5 }), // 5
    ];
    const result = kpis(rows);
    expect(result.orders).toBe(4);
    expect(result.grossRevenue).toBe(230); // 100 + 50 + 80 + 0
    expect(result.refundedRevenue).toBe(85); // 50 + 30 + 5
    expect(result.revenue).toBe(145); // 230 − 85
    expect(result.averageOrderValue).toBe(57.5); // gross 230 ÷ 4 orders
    // a: 150 − 50 = 100; b: 80 − 35 = 45 → mean 72.5.
    expect(result.historicClvMean).toBe(72.5);
    // Server-side orders without page views still make sessions (orders are visit activity);
    // refunds do not.
    expect(result.visitors).toBe(2);
  });

  it('counts in-store orders in orders and revenue but not in visits or conversion', () => {
    const rows = [
      ev('a', '$identify', 0),
      ev('a', 'Order Completed', 1 * MIN, { revenue: 40, channel: 'pos' }),
      ev('b', '$page', DAY),
      ev('b', 'Order Completed', DAY + MIN, { revenue: 60, channel: 'web' }),
      ev('b', 'Order Completed', 3 * DAY, { revenue: 20, channel: 'POS' }),
    ];
    const result = kpis(rows);
    expect(result.orders).toBe(3);
    expect(result.posOrders).toBe(2); // a's and b's till receipts ('POS' in any case)
    expect(result.revenue).toBe(120);
    expect(result.visitors).toBe(1); // only b visited the site; identify and till receipts are no visit
    expect(result.sessions).toBe(1);
    expect(result.conversionRate).toBe(1); // b: 1 of 1 visitors ordered online
    expect(result.customers).toBe(2);
    expect(result.repeatPurchaseRate).toBe(0.5); // b has 2 orders (web + store) of 2 customers
    expect(actorsOf(rows, 'inStoreCustomers')).toEqual(['a', 'b']);
  });

  it('counts events by their timestamp, sessions by their start, and CLV up to `to`', () => {
    const rows = [
      // x: an order before the range (CLV only) and one after it (nothing).
      ev('x', 'Order Completed', -5 * DAY, { revenue: 30 }),
      ev('x', 'Order Completed', 10 * DAY, { revenue: 999 }),
      // y: a session that starts 10 min before `from` and goes on into the range.
      ev('y', '$page', -10 * MIN),
      ev('y', '$page', 5 * MIN),
      // z: a session starting just before `to`; its second page after `to` still times the first.
      ev('z', '$page', 7 * DAY - 2 * MIN),
      ev('z', '$page', 7 * DAY + 1 * MIN),
    ];
    const result = kpis(rows);
    expect(result.orders).toBe(0);
    expect(result.historicClvMean).toBe(30); // x: 30 up to `to`; the order after `to` is ignored
    expect(result.historicCustomers).toBe(1);
    expect(result.visitors).toBe(2); // y (page at +5 min) and z (page before `to`)
    expect(result.sessions).toBe(1); // y's session started before `from`
    expect(result.medianTimeOnPageMs).toBe(3 * MIN); // z only: 7d − 2 min → 7d + 1 min
  });

  it('applies the GA4 engagement rules to bounce rate', () => {
    const rows = [
      ev('a', '$page', 0),
      ev('a', 'Scrolled', 11 * SEC), // lasts 11 s > 10 s → engaged
      ev('b', '$page', 0),
      ev('b', 'Scrolled', 10 * SEC), // exactly 10 s, one view, no key event → bounced
      ev('c', 'Product Added', 0), // key event alone → engaged
      ev('d', '$screen', 0),
      ev('d', '$screen', 2 * SEC), // two screen views → engaged
      ev('e', 'Signed Up', 0), // one non-key event → bounced
    ];
    const result = kpis(rows);
    expect(result.sessions).toBe(5);
    expect(result.engagedSessions).toBe(3); // a, c, d
    expect(result.bounceRate).toBeCloseTo(2 / 5); // b, e
    expect(actorsOf(rows, 'bounced')).toEqual(['b', 'e']);
  });

  it('creates carts per cart_id, or per session without one, and floors abandonment at 0', () => {
    const rows = [
      // a: cart k1 added to in two sessions (one cart); then two cart-less adds in one session (one cart).
      ev('a', 'Product Added', 0, { cart_id: 'k1' }),
      ev('a', 'Product Added', 2 * DAY, { cart_id: 'k1' }),
      ev('a', 'Product Added', 3 * DAY),
      ev('a', 'Product Added', 3 * DAY + MIN),
      // b: cart-less adds in two sessions (two carts).
      ev('b', 'Product Added', 0),
      ev('b', 'Product Added', 1 * DAY),
    ];
    expect(kpis(rows).carts).toBe(4); // k1, a's cart-less session, b × 2
    expect(kpis(rows).cartAbandonmentRate).toBe(1); // no orders
    // Five orders against one cart: 1 − 5/1 < 0 is floored to 0.
    const more = [ev('c', 'Product Added', 0, { cart_id: 'k9' })];
    for (let i = 0; i < 5; i++) more.push(ev('c', 'Order Completed', (i + 1) * DAY, { revenue: 1 }));
    expect(kpis(more).cartAbandonmentRate).toBe(0);
  });

  it('measures repeat purchase over the range and historic CLV over all time up to `to`', () => {
    const rows = [
      ev('a', 'Order Completed', 0, { revenue: 10 }),
      ev('a', 'Order Completed', 2 * DAY, { revenue: 20 }),
      ev('b', 'Order Completed', DAY, { revenue: 50 }),
      ev('c', 'Order Completed', -30 * DAY, { revenue: 90 }), // ordered only before the range
      ev('d', '$page', DAY), // never ordered
    ];
    const result = kpis(rows);
    expect(result.customers).toBe(2); // a, b
    expect(result.repeatPurchaseRate).toBe(0.5); // a of {a, b}
    expect(result.historicClvMean).toBeCloseTo(170 / 3, 6); // (30 + 50 + 90) ÷ 3 customers; d is no customer
    expect(result.averageOrderValue).toBeCloseTo(80 / 3); // 3 orders in range, 80 gross
  });

  it('keeps e-mail and survey events out of visitors and sessions', () => {
    const rows = [
      ev('a', 'Email Delivered', 0),
      ev('a', 'Email Opened', MIN),
      ev('b', 'Survey Responded', 0, { score: 9 }),
      ev('c', 'Email Link Clicked', 0),
      ev('c', '$page', 10 * SEC),
    ];
    const result = kpis(rows);
    expect(result.visitors).toBe(1); // c, through the page
    expect(result.sessions).toBe(1);
  });

  it('restricts every count to the masked actors', () => {
    // Actors sort a, b, c; keep a and c: c bounced, a converted.
    const result = kpis(webShop, Uint8Array.of(1, 0, 1));
    expect(result.visitors).toBe(2);
    expect(result.sessions).toBe(2);
    expect(result.conversionRate).toBe(0.5);
    expect(result.bounceRate).toBe(0); // a and c both have two views
  });

  it('clicks through to the actors behind the numbers', () => {
    expect(actorsOf(webShop, 'visitors')).toEqual(['a', 'b', 'c']);
    expect(actorsOf(webShop, 'converted')).toEqual(['a']);
    expect(actorsOf(webShop, 'bounced')).toEqual(['b']);
    expect(actorsOf(webShop, 'cartAbandoners')).toEqual(['c']);
    expect(actorsOf(webShop, 'checkoutAbandoners')).toEqual([]);
    expect(actorsOf(webShop, 'customers')).toEqual(['a']);
    expect(actorsOf(webShop, 'historicCustomers')).toEqual(['a']);
  });

  it('keeps every rate within [0, 1]', () => {
    // More checkouts completed than started (orders without a tracked checkout) still give 0.
    const rows = [
      ev('a', 'Checkout Started', 0),
      ev('a', 'Order Completed', MIN),
      ev('a', 'Order Completed', DAY),
    ];
    const result = kpis(rows);
    expect(result.checkoutAbandonmentRate).toBe(0);
    for (const rate of [result.conversionRate, result.bounceRate, result.repeatPurchaseRate]) {
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(1);
    }
  });
});
