import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { rfmQuerySchema } from './rfm-query.js';
import { quintileScores, rfmSegmentOf } from './rfm-scores.js';
import { rfmActors, runRfm } from './run-rfm.js';

const march = (day: number, hour = 12) =>
  Date.parse(`2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`);
const query = rfmQuerySchema.parse({
  dateRange: { from: '2026-03-01T00:00:00Z', to: '2026-03-31T23:59:59.999Z' },
});
const now = Date.parse('2026-04-10T00:00:00Z');
const order = (
  actorId: string,
  day: number,
  revenue: number,
  extra: Record<string, unknown> = {},
): ActorEventInput => ({
  actorId,
  event: 'Order Completed',
  timestamp: march(day),
  properties: { revenue, ...extra },
});

// Five customers with distinct R, F and M, so each score is simply rank + 1 (n = 5: 1 + ⌊5w/5⌋).
// As of Mar 31 23:59:59.999, days since the last order (noon) are ⌊x.5⌋:
//   cust | last   | days | F | M   | r f m | FM = ⌈(f+m)/2⌉ | segment
//   A    | Mar 30 | 1    | 5 | 500 | 5 5 5 | 5              | Champions
//   B    | Mar 28 | 3    | 1 | 50  | 4 1 1 | 1              | Promising
//   C    | Mar 20 | 11   | 4 | 400 | 3 4 4 | 4              | Loyal
//   D    | Mar 10 | 21   | 2 | 100 | 2 2 2 | 2              | Hibernating
//   E    | Mar 5  | 26   | 3 | 300 | 1 3 3 | 3              | At risk
const shop: ActorEventInput[] = [
  ...[30, 26, 22, 18, 14].map((day) => order('A', day, 100)),
  order('B', 28, 50),
  ...[20, 15, 10, 5].map((day) => order('C', day, 100)),
  ...[10, 3].map((day) => order('D', day, 50)),
  ...[5, 3, 2].map((day) => order('E', day, 100)),
  {
    actorId: 'F',
    event: 'Order Completed',
    timestamp: Date.parse('2026-02-20T12:00:00Z'),
    properties: { revenue: 70 },
  },
  { actorId: 'G', event: '$page', timestamp: march(15) },
];

describe('runRfm', () => {
  it('scores a five-customer base by quintile and names the segments', () => {
    const result = runRfm(buildActorEvents(shop), query, { now });
    expect(result.asOf).toBe('2026-03-31T23:59:59.999Z');
    // F ordered only before the lookback and G never ordered: neither is a customer.
    expect(
      result.customers.map((c) => [
        c.profileId,
        c.recencyDays,
        c.frequency,
        c.monetary,
        c.r,
        c.f,
        c.m,
        c.segment,
      ]),
    ).toEqual([
      ['A', 1, 5, 500, 5, 5, 5, 'Champions'],
      ['B', 3, 1, 50, 4, 1, 1, 'Promising'],
      ['C', 11, 4, 400, 3, 4, 4, 'Loyal'],
      ['D', 21, 2, 100, 2, 2, 2, 'Hibernating'],
      ['E', 26, 3, 300, 1, 3, 3, 'At risk'],
    ]);
    const segments = Object.fromEntries(result.segments.map((s) => [s.name, [s.customers, s.revenue]]));
    expect(result.segments).toHaveLength(11);
    expect(segments['Champions']).toEqual([1, 500]);
    expect(segments['At risk']).toEqual([1, 300]);
    expect(segments['Lost']).toEqual([0, 0]);
  });

  it('gives tied customers the same score whatever the row order', () => {
    // Three customers with one 10-unit order each on the same day: every measure is tied, so no
    // one is strictly worse than anyone (w = 0) and all score 1 on R, F and M → Lost.
    const rows = ['x', 'y', 'z'].map((id) => order(id, 15, 10));
    const forward = runRfm(buildActorEvents(rows), query, { now }).customers;
    const backward = runRfm(buildActorEvents([...rows].reverse()), query, { now }).customers;
    expect(forward).toEqual(backward);
    expect(forward.map((c) => [c.r, c.f, c.m, c.segment])).toEqual([
      [1, 1, 1, 'Lost'],
      [1, 1, 1, 'Lost'],
      [1, 1, 1, 'Lost'],
    ]);
  });

  it('nets refunds into M and measures recency at now when now is before the range end', () => {
    // now = Mar 20 00:00: the Mar 25 order is not counted; the last order is Mar 12 noon → 7.5 → 7 days.
    const rows = [
      order('a', 10, 80, { order_id: 'o1' }),
      order('a', 12, 20, { order_id: 'o2' }),
      { actorId: 'a', event: 'Order Refunded', timestamp: march(14), properties: { order_id: 'o1' } },
      order('a', 25, 999),
    ];
    const result = runRfm(buildActorEvents(rows), query, { now: march(20, 0) });
    expect(result.asOf).toBe('2026-03-20T00:00:00.000Z');
    expect(result.customers[0]).toMatchObject({ recencyDays: 7, frequency: 2, monetary: 20 }); // 80 + 20 − 80
  });

  it('clicks through to a segment or a score, and honours the mask', () => {
    const table = buildActorEvents(shop);
    const ids = (actors: number[]) => actors.map((a) => table.actorIds[a]);
    expect(ids(rfmActors(table, query, { segment: 'Loyal' }, { now }))).toEqual(['C']);
    expect(ids(rfmActors(table, query, { r: 4 }, { now }))).toEqual(['B']);
    // Masking A..E to A and E (actors sort A..G) rescores a base of two: A is best on every measure.
    const mask = Uint8Array.of(1, 0, 0, 0, 1, 0, 0);
    const masked = runRfm(table, query, { now, mask }).customers;
    // n = 2: the better one has w = 1 → 1 + ⌊5/2⌋ = 3; the worse 1. A: 3,3,3 → FM 3 → Need attention.
    expect(masked.map((c) => [c.profileId, c.r, c.f, c.m, c.segment])).toEqual([
      ['A', 3, 3, 3, 'Need attention'],
      ['E', 1, 1, 1, 'Lost'],
    ]);
  });
});

describe('rfm scores', () => {
  it('maps cells through the R × FM rule table', () => {
    expect(rfmSegmentOf(1, 1, 1)).toBe('Lost');
    expect(rfmSegmentOf(1, 5, 5)).toBe('Cannot lose them');
    expect(rfmSegmentOf(5, 1, 1)).toBe('New customers');
    expect(rfmSegmentOf(3, 3, 3)).toBe('Need attention');
    expect(rfmSegmentOf(5, 4, 3)).toBe('Champions'); // FM = ⌈3.5⌉ = 4
    expect(rfmSegmentOf(2, 1, 2)).toBe('Hibernating'); // FM = ⌈1.5⌉ = 2
    expect(rfmSegmentOf(3, 1, 2)).toBe('About to sleep');
    expect(rfmSegmentOf(4, 2, 3)).toBe('Potential loyalist'); // FM = ⌈2.5⌉ = 3
    expect(() => rfmSegmentOf(0, 1, 1)).toThrow();
  });

  it('cuts ten distinct values into fifths and reverses recency', () => {
    const values = Float64Array.from([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect([...quintileScores(values)]).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect([...quintileScores(values, true)]).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('keeps a dominant tied value low instead of spreading it', () => {
    // Eight customers with F = 1 (w = 0 → 1) and two with F = 3 (w = 8 → 1 + ⌊40/10⌋ = 5).
    const values = Float64Array.from([1, 1, 1, 1, 1, 1, 1, 1, 3, 3]);
    expect([...quintileScores(values)]).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 5, 5]);
  });
});
