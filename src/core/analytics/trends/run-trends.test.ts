import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { trendsQuerySchema, type TrendsQuery } from './trends-query.js';
import { runTrends, trendsActors, trendsProperties } from './run-trends.js';

const at = (iso: string) => Date.parse(iso);
const NOW = { now: at('2030-01-01T00:00:00Z') };
type Row = [actor: string, event: string, time: string, properties?: Record<string, unknown>];
const table = (rows: Row[]) =>
  buildActorEvents(
    rows.map(([actorId, event, time, properties]): ActorEventInput => ({
      actorId,
      event,
      timestamp: at(time),
      properties,
    })),
  );
const query = (fields: Record<string, unknown>): TrendsQuery =>
  trendsQuerySchema.parse({
    dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-01-03T23:59:59Z' },
    ...fields,
  });
const values = (result: ReturnType<typeof runTrends>) =>
  result.series.map((s) => s.points.map((p) => p.value));

const orders = table([
  ['a', 'Order Completed', '2024-01-01T10:00:00Z', { revenue: 10, utm_source: 'google' }],
  ['a', 'Order Completed', '2024-01-01T11:00:00Z', { revenue: 20, utm_source: 'google' }],
  ['a', 'Order Completed', '2024-01-03T10:00:00Z', { revenue: 5, utm_source: 'facebook' }],
  ['b', 'Order Completed', '2024-01-01T12:00:00Z', { revenue: 'n/a', utm_source: 'google' }], // no number
  ['b', 'Order Completed', '2024-01-02T12:00:00Z', { revenue: 30 }], // no utm_source
  ['c', 'Product Viewed', '2024-01-02T12:00:00Z'],
  ['d', 'Order Completed', '2023-12-31T12:00:00Z', { revenue: 99 }], // before the range
]);
const oc = (math: string) => ({ event: 'Order Completed', math });

describe('runTrends', () => {
  it('computes each math per day, zero-filled', () => {
    const result = runTrends(
      orders,
      query({
        series: [oc('total'), oc('unique_actors'), oc('sum:revenue'), oc('avg:revenue'), { event: 'Nope' }],
      }),
      NOW,
    );
    expect(result.series[0]?.points.map((p) => p.start)).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-01-02T00:00:00.000Z',
      '2024-01-03T00:00:00.000Z',
    ]);
    expect(values(result)).toEqual([
      [3, 1, 1], // a, a, b | b | a
      [2, 1, 1], // {a, b} | {b} | {a}
      [30, 30, 5], // 10 + 20 (b's "n/a" is not a number) | 30 | 5
      [15, 30, 5], // 30 / 2 numeric events | 30 / 1 | 5 / 1
      [0, 0, 0], // an event nobody sent is a valid, empty series
    ]);
    expect(result.series.map((s) => s.label)).toEqual([...Array<string>(4).fill('Order Completed'), 'Nope']);
  });

  it('labels `event: null` as All events and counts every event', () => {
    const result = runTrends(orders, query({ series: [{ event: null }] }), NOW);
    expect(result.series[0]).toMatchObject({ label: 'All events', event: null, math: 'total' });
    expect(values(result)).toEqual([[3, 2, 1]]);
  });

  it('breaks a series down by property, most events first, ties by value', () => {
    const result = runTrends(
      orders,
      query({ series: [oc('total')], breakdown: { property: 'utm_source' } }),
      NOW,
    );
    // google: 3 events; "(none)" and facebook: 1 each, "(none)" sorts first.
    expect(result.series.map((s) => [s.label, s.breakdownValue, s.event])).toEqual([
      ['Order Completed · google', 'google', 'Order Completed'],
      ['Order Completed · (none)', '(none)', 'Order Completed'],
      ['Order Completed · facebook', 'facebook', 'Order Completed'],
    ]);
    expect(values(result)).toEqual([
      [3, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(
      trendsProperties(query({ series: [oc('sum:revenue')], breakdown: { property: 'utm_source' } })),
    ).toEqual(['revenue', 'utm_source']);
  });

  it('keeps the top 25 breakdown values and sums the rest into Other', () => {
    // v29 has 3 events, v00 … v28 one each: kept v29, v00 … v23; Other = v24 … v28 = 5 events.
    const rows: Row[] = [];
    for (let i = 0; i < 30; i++) {
      const value = `v${String(i).padStart(2, '0')}`;
      for (let n = 0; n < (i === 29 ? 3 : 1); n++)
        rows.push([`${value}-${n}`, 'Signup', '2024-01-02T10:00:00Z', { plan: value }]);
    }
    const q = query({ series: [{ event: 'Signup' }], breakdown: { property: 'plan' } });
    const result = runTrends(table(rows), q, NOW);
    expect(result.series).toHaveLength(26);
    expect(result.series.map((s) => s.breakdownValue).slice(0, 3)).toEqual(['v29', 'v00', 'v01']);
    expect(result.series[25]).toMatchObject({ label: 'Signup · Other', breakdownValue: 'Other' });
    expect(result.series[25]?.points.map((p) => p.value)).toEqual([0, 5, 0]);
    // Actor ids sort as "v00-0" … "v29-2": v24-0 … v28-0 are actors 24 … 28.
    expect(trendsActors(table(rows), q, { series: 0, point: 1, breakdownValue: 'Other' })).toEqual([
      24, 25, 26, 27, 28,
    ]);
  });

  it('buckets hours on the zone’s clock and weeks from Sunday when asked', () => {
    const events = table([
      ['a', 'Ping', '2024-03-31T00:10:00Z'], // 01:10 CET
      ['a', 'Ping', '2024-03-31T01:10:00Z'], // 03:10 CEST: the next hour (02:00 does not exist)
      ['a', 'Ping', '2024-01-07T10:00:00Z'], // a Sunday
    ]);
    const hourly = runTrends(
      events,
      query({
        series: [{ event: 'Ping' }],
        interval: 'hour',
        timezone: 'Europe/Berlin',
        dateRange: { from: '2024-03-31T00:00:00Z', to: '2024-03-31T01:59:59Z' },
      }),
      NOW,
    );
    expect(hourly.series[0]?.points).toEqual([
      { start: '2024-03-31T00:00:00.000Z', value: 1 },
      { start: '2024-03-31T01:00:00.000Z', value: 1 },
    ]);
    const weekly = (weekStart: string) =>
      runTrends(
        events,
        query({
          series: [{ event: 'Ping' }],
          interval: 'week',
          weekStart,
          dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-01-08T00:00:00Z' },
        }),
        NOW,
      ).series[0]?.points;
    expect(weekly('monday')).toEqual([
      { start: '2024-01-01T00:00:00.000Z', value: 1 },
      { start: '2024-01-08T00:00:00.000Z', value: 0 },
    ]);
    expect(weekly('sunday')).toEqual([
      { start: '2023-12-31T00:00:00.000Z', value: 0 },
      { start: '2024-01-07T00:00:00.000Z', value: 1 },
    ]);
  });
});

describe('trendsActors', () => {
  it('returns the actors behind one point (a = 0, b = 1)', () => {
    const q = query({ series: [oc('total')], breakdown: { property: 'utm_source' } });
    expect(trendsActors(orders, q, { series: 0, point: 0 })).toEqual([0, 1]);
    expect(trendsActors(orders, q, { series: 0, point: 1, breakdownValue: '(none)' })).toEqual([1]);
    expect(trendsActors(orders, q, { series: 0, point: 2, breakdownValue: 'google' })).toEqual([]);
    expect(trendsActors(orders, q, { series: 1, point: 0 })).toEqual([]);
    expect(trendsActors(orders, q, { series: 0, point: 9 })).toEqual([]);
  });

  it('honours the segment mask', () => {
    const q = query({ series: [oc('unique_actors')] });
    expect(trendsActors(orders, q, { series: 0, point: 0 }, { mask: Uint8Array.from([0, 1, 1, 1]) })).toEqual(
      [1],
    );
    expect(values(runTrends(orders, q, { ...NOW, mask: Uint8Array.from([0, 1, 1, 1]) }))).toEqual([
      [1, 1, 0],
    ]);
  });
});

describe('trendsQuerySchema', () => {
  const paths = (body: unknown) => trendsQuerySchema.safeParse(body).error?.issues.map((i) => i.path);
  const valid = {
    series: [{ event: 'A' }],
    dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-01-02T00:00:00Z' },
  };

  it('names the field at fault', () => {
    expect(paths({ ...valid, series: [{ event: 'A', math: 'median' }] })).toEqual([['series', 0, 'math']]);
    expect(paths({ ...valid, series: [] })).toEqual([['series']]);
    expect(paths({ ...valid, interval: 'year' })).toEqual([['interval']]);
    expect(paths({ ...valid, breakdown: { property: '' } })).toEqual([['breakdown', 'property']]);
    expect(paths({ ...valid, timezone: 'UTC+25' })).toEqual([['timezone']]);
  });
});

describe('runTrends properties', () => {
  const BASE = at('2024-01-01T00:00:00Z');
  const rows = fc.array(
    fc.record({
      actor: fc.constantFrom('a', 'b', 'c'),
      event: fc.constantFrom('A', 'B'),
      minutes: fc.integer({ min: 0, max: 60 * 24 * 20 }),
      source: fc.option(fc.constantFrom('x', 'y', 'z')),
      revenue: fc.integer({ min: 0, max: 100 }),
    }),
    { maxLength: 40 },
  );

  it('breakdown lines add up to the plain line, whatever the row order', () => {
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom('total', 'sum:revenue'),
        fc.constantFrom('hour', 'day', 'week'),
        (input, math, interval) => {
          const events = input.map((r, i): ActorEventInput => ({
            actorId: r.actor,
            event: r.event,
            timestamp: BASE + r.minutes * 60_000 + i,
            properties: { revenue: r.revenue, ...(r.source === null ? {} : { source: r.source }) },
          }));
          const base = {
            series: [{ event: 'A', math }],
            interval,
            dateRange: { from: '2024-01-02T00:00:00Z', to: '2024-01-10T00:00:00Z' },
          };
          const plain = values(runTrends(buildActorEvents(events), query(base), NOW))[0]!;
          const split = values(
            runTrends(buildActorEvents(events), query({ ...base, breakdown: { property: 'source' } }), NOW),
          );
          expect(plain.map((_, p) => split.reduce((sum, line) => sum + line[p]!, 0))).toEqual(plain);
          expect(runTrends(buildActorEvents([...events].reverse()), query(base), NOW)).toEqual(
            runTrends(buildActorEvents(events), query(base), NOW),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
