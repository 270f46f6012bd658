import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { stickinessQuerySchema, type StickinessQuery } from './stickiness-query.js';
import { runStickiness, stickinessActors, stickinessProperties } from './run-stickiness.js';

const at = (iso: string) => Date.parse(iso);
const NOW = { now: at('2030-01-01T00:00:00Z') };
type Row = [actor: string, event: string, time: string];
const table = (rows: Row[]) =>
  buildActorEvents(
    rows.map(([actorId, event, time]): ActorEventInput => ({ actorId, event, timestamp: at(time) })),
  );
const query = (fields: Record<string, unknown>): StickinessQuery =>
  stickinessQuerySchema.parse({ event: { event: 'Product Viewed' }, ...fields });

const week = table([
  ['a', 'Product Viewed', '2024-01-01T08:00:00Z'], // a: the 1st (twice), 3rd, 7th → 3 days
  ['a', 'Product Viewed', '2024-01-01T09:00:00Z'],
  ['a', 'Product Viewed', '2024-01-03T09:00:00Z'],
  ['a', 'Product Viewed', '2024-01-07T23:00:00Z'],
  ['b', 'Product Viewed', '2024-01-02T09:00:00Z'], // b: 1 day
  ['c', 'Product Viewed', '2024-01-01T09:00:00Z'], // c: 3 days
  ['c', 'Product Viewed', '2024-01-02T09:00:00Z'],
  ['c', 'Product Viewed', '2024-01-03T09:00:00Z'],
  ['d', 'Product Viewed', '2023-12-31T23:00:00Z'], // d: only outside the range → not counted
  ['d', 'Product Viewed', '2024-01-08T00:00:00Z'],
  ['e', 'Order Completed', '2024-01-04T09:00:00Z'], // e: another event
]);
const sevenDayRange = { from: '2024-01-01T00:00:00Z', to: '2024-01-07T23:59:59Z' };
const sevenDays = query({ dateRange: sevenDayRange });

describe('runStickiness', () => {
  it('counts actors by the exact number of active days, and at least k days', () => {
    const result = runStickiness(week, sevenDays, NOW);
    expect(result.counts.map((c) => c.actors)).toEqual([1, 0, 2, 0, 0, 0, 0]); // b; a and c
    expect(result.counts.map((c) => c.intervals)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(result.cumulative.map((c) => c.actors)).toEqual([3, 2, 2, 0, 0, 0, 0]);
  });

  it('counts only events inside the range, also in a partial first interval', () => {
    // Weeks 01-01, 01-08 (from mid-week 01-03 to 01-09): d's 12-31 is outside, its 01-08 inside → 1.
    // a's 01-01 is before `from`, 01-03 and 01-07 are in week 1 → 1. c: 01-03 → 1. b: none.
    const result = runStickiness(
      week,
      query({ interval: 'week', dateRange: { from: '2024-01-03T00:00:00Z', to: '2024-01-09T00:00:00Z' } }),
      NOW,
    );
    expect(result.counts).toEqual([
      { intervals: 1, actors: 3 },
      { intervals: 2, actors: 0 },
    ]);
  });

  it('lists the actors behind a bar (a = 0, b = 1, c = 2)', () => {
    expect(stickinessActors(week, sevenDays, { intervals: 3, cumulative: false })).toEqual([0, 2]);
    expect(stickinessActors(week, sevenDays, { intervals: 1, cumulative: true })).toEqual([0, 1, 2]);
    expect(stickinessActors(week, sevenDays, { intervals: 2, cumulative: false })).toEqual([]);
  });

  it('respects a segment mask and lists filter properties', () => {
    const result = runStickiness(week, sevenDays, { ...NOW, mask: Uint8Array.from([0, 1, 1, 1, 1]) });
    expect(result.counts.map((c) => c.actors)).toEqual([1, 0, 1, 0, 0, 0, 0]);
    const filtered = query({
      dateRange: sevenDayRange,
      event: { event: 'A', where: [{ property: 'plan', op: 'is_set' }] },
    });
    expect(stickinessProperties(filtered)).toEqual(['plan']);
  });

  it('names the field at fault', () => {
    const paths = (body: unknown) => stickinessQuerySchema.safeParse(body).error?.issues.map((i) => i.path);
    const valid = {
      event: { event: 'A' },
      dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-01-02T00:00:00Z' },
    };
    expect(paths({ ...valid, interval: 'hour' })).toEqual([['interval']]);
    expect(paths({ ...valid, timezone: 'Europe/Atlantis' })).toEqual([['timezone']]);
    expect(
      paths({ ...valid, dateRange: { from: '2024-01-03T00:00:00Z', to: '2024-01-02T00:00:00Z' } }),
    ).toEqual([['dateRange', 'from']]);
  });

  it('property: counts add up to the active actors, in any row order', () => {
    const BASE = at('2024-01-01T00:00:00Z');
    const rows = fc.array(
      fc.record({ actor: fc.constantFrom('a', 'b', 'c', 'd'), hours: fc.integer({ min: 0, max: 24 * 40 }) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom('day', 'week', 'month'),
        fc.constantFrom('UTC', 'Asia/Tokyo'),
        (input, interval, timezone) => {
          const events = input.map((r, i): ActorEventInput => ({
            actorId: r.actor,
            event: 'Product Viewed',
            timestamp: BASE + r.hours * 3_600_000 + i,
          }));
          const q = query({
            interval,
            timezone,
            dateRange: { from: '2024-01-05T00:00:00Z', to: '2024-02-05T00:00:00Z' },
          });
          const result = runStickiness(buildActorEvents(events), q, NOW);
          const active = new Set(
            events
              .filter((e) => e.timestamp >= q.dateRange.from && e.timestamp <= q.dateRange.to)
              .map((e) => e.actorId),
          );
          expect(result.counts.reduce((sum, c) => sum + c.actors, 0)).toBe(active.size);
          expect(result.cumulative[0]?.actors ?? 0).toBe(active.size);
          expect(runStickiness(buildActorEvents([...events].reverse()), q, NOW)).toEqual(result);
        },
      ),
      { numRuns: 150 },
    );
  });
});
