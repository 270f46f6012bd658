// Property tests: the fold against a naive re-statement of reference A3, plus invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import type { EventFilter } from '../event-filter.js';
import { rollingPeriodMs } from '../time/calendar-period.js';
import { createPeriodBucketer } from '../time/period-bucketer.js';
import { retentionQuerySchema, type RetentionQuery } from './retention-query.js';
import { runRetention } from './run-retention.js';

const BASE = Date.parse('2024-01-01T00:00:00Z');
const DAY = 86_400_000;

/** Events of up to six actors over ten weeks; timestamps unique per actor. */
const rowsArbitrary = fc
  .uniqueArray(
    fc.record({
      actor: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      events: fc.uniqueArray(
        fc.record({
          event: fc.constantFrom('A', 'B', 'C'),
          offset: fc.integer({ min: 0, max: 70 * DAY }),
          currency: fc.constantFrom('EUR', 'USD'),
        }),
        { selector: (e) => e.offset, minLength: 1, maxLength: 10 },
      ),
    }),
    { minLength: 1, maxLength: 6, selector: (a) => a.actor },
  )
  .map((actors) =>
    actors.flatMap(({ actor, events }) =>
      events.map((e): ActorEventInput => ({
        actorId: actor,
        event: e.event,
        timestamp: BASE + e.offset,
        properties: { currency: e.currency },
      })),
    ),
  );

const filters: EventFilter[] = [
  { event: 'A' },
  { event: 'B' },
  { event: null },
  { event: 'A', where: [{ property: 'currency', op: 'eq', value: 'EUR' }] },
];

const queryArbitrary = fc
  .record({
    startEvent: fc.constantFrom(...filters),
    returnEvent: fc.constantFrom(...filters),
    period: fc.constantFrom('day', 'week', 'month'),
    periods: fc.integer({ min: 1, max: 6 }),
    cohortMode: fc.constantFrom('first_time', 'first_ever', 'recurring'),
    criterion: fc.constantFrom('on', 'on_or_after'),
    timeBasis: fc.constantFrom('calendar', 'rolling'),
    timezone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York'),
    weekStart: fc.constantFrom('monday', 'sunday'),
    from: fc.integer({ min: -3 * DAY, max: 40 * DAY }),
    length: fc.integer({ min: 0, max: 40 * DAY }),
  })
  .map(({ from, length, ...fields }): RetentionQuery =>
    retentionQuerySchema.parse({
      ...fields,
      dateRange: {
        from: new Date(BASE + from).toISOString(),
        to: new Date(BASE + from + length).toISOString(),
      },
    }),
  );

function matches(filter: EventFilter, row: ActorEventInput): boolean {
  if (filter.event !== null && row.event !== filter.event) return false;
  return (filter.where ?? []).every((c) => row.properties?.[c.property] === c.value);
}

/** Reference A3 as directly as possible: per actor, entries, then each column by brute force. */
function naiveRetention(rows: ActorEventInput[], query: RetentionQuery) {
  const bucketer = createPeriodBucketer({
    period: query.period,
    timeZone: query.timezone,
    weekStart: query.weekStart,
  });
  const first = bucketer.index(query.dateRange.from);
  const cohortCount = bucketer.index(query.dateRange.to) - first + 1;
  const sizes = new Array<number>(cohortCount).fill(0);
  const values = Array.from({ length: cohortCount }, () => new Array<number>(query.periods).fill(0));
  const inRange = (t: number) => t >= query.dateRange.from && t <= query.dateRange.to;
  for (const actor of new Set(rows.map((r) => r.actorId))) {
    const own = rows.filter((r) => r.actorId === actor).sort((x, y) => x.timestamp - y.timestamp);
    let entries: ActorEventInput[] = [];
    if (query.cohortMode === 'first_time')
      entries = own.filter((r) => matches(query.startEvent, r)).slice(0, 1);
    else if (query.cohortMode === 'first_ever') {
      const firstOfEvent = own.find(
        (r) => query.startEvent.event === null || r.event === query.startEvent.event,
      );
      entries = firstOfEvent && matches(query.startEvent, firstOfEvent) ? [firstOfEvent] : [];
    } else {
      const seen = new Set<number>();
      for (const r of own.filter((r) => matches(query.startEvent, r) && inRange(r.timestamp))) {
        if (!seen.has(bucketer.index(r.timestamp))) entries.push(r);
        seen.add(bucketer.index(r.timestamp));
      }
    }
    for (const entry of entries.filter((e) => inRange(e.timestamp))) {
      const s = entry.timestamp;
      const k = bucketer.index(s) - first;
      sizes[k]! += 1;
      const returns = own.filter((r) => r.timestamp >= s && matches(query.returnEvent, r));
      const column = (t: number) =>
        query.timeBasis === 'rolling'
          ? Math.floor((t - s) / rollingPeriodMs(query.period))
          : bucketer.index(t) - bucketer.index(s);
      for (let n = 0; n < query.periods; n++) {
        const hit = returns.some((r) =>
          query.criterion === 'on' ? column(r.timestamp) === n : column(r.timestamp) >= n,
        );
        if (hit) values[k]![n]! += 1;
      }
    }
  }
  return { sizes, values };
}

const now = { now: BASE + 400 * DAY };

describe('runRetention properties', () => {
  it('agrees with a brute-force reading of the definition', () => {
    fc.assert(
      fc.property(rowsArbitrary, queryArbitrary, (rows, query) => {
        const result = runRetention(buildActorEvents(rows), query, now);
        const expected = naiveRetention(rows, query);
        expect(result.cohorts.map((c) => c.size)).toEqual(expected.sizes);
        expect(result.cohorts.map((c) => c.values)).toEqual(expected.values);
      }),
      { numRuns: 300 },
    );
  });

  it('never counts more retained actors than the cohort holds', () => {
    fc.assert(
      fc.property(rowsArbitrary, queryArbitrary, (rows, query) => {
        for (const cohort of runRetention(buildActorEvents(rows), query, now).cohorts) {
          for (const value of cohort.values) expect(value).toBeLessThanOrEqual(cohort.size);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same table for the same rows in any order', () => {
    fc.assert(
      fc.property(
        rowsArbitrary.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        queryArbitrary,
        ([rows, shuffled], query) => {
          expect(runRetention(buildActorEvents(shuffled), query, now)).toEqual(
            runRetention(buildActorEvents(rows), query, now),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
