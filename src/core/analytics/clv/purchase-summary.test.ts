import { describe, expect, it } from 'vitest';
import { cdnowSampleOrders, cdnowSummary } from '../../../../test/fixtures/cdnow/cdnow.js';
import { buildActorEvents, type ActorEventInput } from '../index.js';
import { summarizePurchases, type PurchaseSummary, type PurchaseSummaryOptions } from './purchase-summary.js';

const day = (iso: string, hour = 12) => Date.parse(`${iso}T${String(hour).padStart(2, '0')}:00:00Z`);
const order = (actorId: string, date: string, revenue?: number): ActorEventInput => ({
  actorId,
  event: 'Order Completed',
  timestamp: day(date),
  ...(revenue === undefined ? {} : { properties: { revenue } }),
});
const options = (overrides: Partial<PurchaseSummaryOptions> = {}): PurchaseSummaryOptions => ({
  orderEvent: 'Order Completed',
  revenueProperty: 'revenue',
  timeUnit: 'day',
  timezone: 'UTC',
  observationEnd: day('2015-02-07'),
  ...overrides,
});
/** The summary as rows [profileId, x, t_x, T, m̄] for readable expectations. */
const rowsOf = (summary: PurchaseSummary, ids: readonly string[]) =>
  [...summary.actors].map((actor, i) => [
    ids[actor],
    summary.frequency[i],
    summary.recency[i],
    summary.age[i],
    summary.monetary[i],
  ]);

describe('summarizePurchases', () => {
  it('matches lifetimes’ test of summary_data_from_transaction_data (days)', () => {
    // lifetimes tests/test_utils.py, observation end 2015-02-07:
    // 1 buys Feb 1 and Feb 6 → x 1, t_x 5, T 6; 2 buys Jan 1 → 0, 0, 37; 3 buys Jan 1, 2, 5 → 2, 4, 37.
    const table = buildActorEvents([
      order('1', '2015-02-01'),
      order('1', '2015-02-06'),
      order('2', '2015-01-01'),
      order('3', '2015-01-01'),
      order('3', '2015-01-02'),
      order('3', '2015-01-05'),
    ]);
    expect(rowsOf(summarizePurchases(table, options()), table.actorIds)).toEqual([
      ['1', 1, 5, 6, 0],
      ['2', 0, 0, 37, 0],
      ['3', 2, 4, 37, 0],
    ]);
  });

  it('averages the repeat days only, like lifetimes’ monetary test', () => {
    // lifetimes' large_transaction_level_data_with_monetary_value, end 2015-02-07. m̄ leaves out
    // the first day: 1 → 2; 3 → (1 + 5) / 2 = 3; 4 → (3 + 3) / 2 = 3; 5 → (1 + 8) / 2 = 4.5.
    const table = buildActorEvents([
      order('1', '2015-01-01', 1),
      order('1', '2015-02-06', 2),
      order('2', '2015-01-01', 2),
      order('3', '2015-01-01', 3),
      order('3', '2015-01-02', 1),
      order('3', '2015-01-05', 5),
      order('4', '2015-01-16', 6),
      order('4', '2015-02-02', 3),
      order('4', '2015-02-05', 3),
      order('5', '2015-01-16', 3),
      order('5', '2015-01-17', 1),
      order('5', '2015-01-18', 8),
      order('6', '2015-02-02', 5),
    ]);
    expect(rowsOf(summarizePurchases(table, options()), table.actorIds)).toEqual([
      ['1', 1, 36, 37, 2],
      ['2', 0, 0, 37, 0],
      ['3', 2, 4, 37, 3],
      ['4', 2, 20, 22, 3],
      ['5', 2, 2, 22, 4.5],
      ['6', 0, 0, 5, 0],
    ]);
  });

  it('sums the orders of one day into one purchase and reports weeks as days / 7', () => {
    // Jan 1 (10), Jan 8 twice (5 + 7), Jan 15 without revenue (counts, worth 0), and a page
    // view that is not an order. Days 0, 7, 14 → x 2, t_x 14 days = 2 weeks, T to Jan 29 = 4
    // weeks; m̄ = (12 + 0) / 2 = 6.
    const table = buildActorEvents([
      order('a', '2015-01-01', 10),
      order('a', '2015-01-08', 5),
      order('a', '2015-01-08', 7),
      order('a', '2015-01-15'),
      { actorId: 'a', event: '$page', timestamp: day('2015-01-20') },
    ]);
    const summary = summarizePurchases(
      table,
      options({ timeUnit: 'week', observationEnd: day('2015-01-29') }),
    );
    expect(rowsOf(summary, table.actorIds)).toEqual([['a', 2, 2, 4, 6]]);
  });

  it('ignores orders after the observation end, and customers who had none by then', () => {
    // End Jan 10 at noon: a's Jan 10 order at 12:00 counts (not after), b's Jan 10 order at
    // 13:00 does not, c only bought later and is no customer yet.
    const table = buildActorEvents([
      order('a', '2015-01-01', 4),
      { ...order('a', '2015-01-10', 6), timestamp: day('2015-01-10', 12) },
      order('b', '2015-01-05', 4),
      { ...order('b', '2015-01-10', 6), timestamp: day('2015-01-10', 13) },
      order('c', '2015-01-20', 1),
    ]);
    const summary = summarizePurchases(table, options({ observationEnd: day('2015-01-10', 12) }));
    expect(rowsOf(summary, table.actorIds)).toEqual([
      ['a', 1, 9, 9, 6],
      ['b', 0, 0, 5, 0],
    ]);
  });

  it('cuts days in the requested time zone', () => {
    // 22:30 and 23:30 UTC on Jan 1 are 23:30 on Jan 1 and 00:30 on Jan 2 in Berlin (UTC+1):
    // one purchase day in UTC, two in Berlin.
    const table = buildActorEvents([
      { actorId: 'a', event: 'Order Completed', timestamp: Date.parse('2015-01-01T22:30:00Z') },
      { actorId: 'a', event: 'Order Completed', timestamp: Date.parse('2015-01-01T23:30:00Z') },
    ]);
    const end = Date.parse('2015-01-03T00:00:00Z');
    expect(summarizePurchases(table, options({ observationEnd: end })).frequency[0]).toBe(0);
    const berlin = summarizePurchases(table, options({ observationEnd: end, timezone: 'Europe/Berlin' }));
    expect([berlin.frequency[0], berlin.recency[0], berlin.age[0]]).toEqual([1, 1, 2]);
  });

  it('keeps only the actors of the mask, and nobody when the order event is unknown', () => {
    const table = buildActorEvents([order('a', '2015-01-01'), order('b', '2015-01-02')]);
    const summary = summarizePurchases(table, options({ mask: Uint8Array.from([0, 1]) }));
    expect(rowsOf(summary, table.actorIds)).toEqual([['b', 0, 0, 36, 0]]);
    expect(summarizePurchases(table, options({ orderEvent: 'Purchase' })).size).toBe(0);
  });

  it('reproduces Fader & Hardie’s CDNOW summary from the raw transactions', () => {
    // Customers 1–300 of CDNOW_sample.txt, calibration period up to 1997-09-30, weeks. Some of
    // them bought twice on one day (e.g. 26, 61, 88), and orders up to mid-1998 must be ignored.
    const rows = cdnowSampleOrders.map(({ id, date, dollars }): ActorEventInput => {
      const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
      return { ...order(id, iso), properties: { revenue: dollars } };
    });
    const expected = cdnowSummary.slice(0, 300);
    const table = buildActorEvents(rows);
    const end = Date.parse('1997-09-30T23:59:59Z');
    const summary = summarizePurchases(table, options({ timeUnit: 'week', observationEnd: end }));
    expect(summary.size).toBe(300);
    // The CSV rounds to two decimals.
    const round = (value: number) => Math.round(value * 100) / 100;
    const actual = [...summary.actors].map((actor, i) => [
      Number(table.actorIds[actor]),
      summary.frequency[i],
      round(summary.recency[i]!),
      round(summary.age[i]!),
      round(summary.monetary[i]!),
    ]);
    expect(actual).toEqual(expected);
  });
});
