// Property tests of runLifecycle: what each status must add up to, period by period.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { createPeriodBucketer } from '../time/period-bucketer.js';
import { lifecycleQuerySchema, type LifecycleQuery } from './lifecycle-query.js';
import { runLifecycle } from './run-lifecycle.js';

const BASE = Date.parse('2024-01-01T00:00:00Z');
const DAY = 86_400_000;
const NOW = { now: BASE + 1000 * DAY };

const rowsArbitrary = fc
  .uniqueArray(
    fc.record({
      actor: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      event: fc.constantFrom('A', 'B'),
      offset: fc.integer({ min: 0, max: 90 * DAY }),
    }),
    { minLength: 1, maxLength: 40, selector: (r) => `${r.actor}${r.offset}` },
  )
  .map((rows) =>
    rows.map((r): ActorEventInput => ({ actorId: r.actor, event: r.event, timestamp: BASE + r.offset })),
  );

const queryArbitrary = fc
  .record({
    event: fc.constantFrom({ event: 'A' }, { event: null }),
    period: fc.constantFrom('day', 'week', 'month'),
    timezone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York'),
    from: fc.integer({ min: 0, max: 60 * DAY }),
    length: fc.integer({ min: 0, max: 30 * DAY }),
  })
  .map(({ from, length, ...fields }): LifecycleQuery =>
    lifecycleQuerySchema.parse({
      ...fields,
      dateRange: {
        from: new Date(BASE + from).toISOString(),
        to: new Date(BASE + from + length).toISOString(),
      },
    }),
  );

/** Actors active in each period number (bucketer index), straight from the rows. */
function activity(rows: ActorEventInput[], query: LifecycleQuery) {
  const bucketer = createPeriodBucketer({
    period: query.period,
    timeZone: query.timezone,
    weekStart: query.weekStart,
  });
  const active = new Map<number, Set<string>>();
  for (const row of rows) {
    if (query.event.event !== null && row.event !== query.event.event) continue;
    const period = bucketer.index(row.timestamp);
    active.set(period, (active.get(period) ?? new Set()).add(row.actorId));
  }
  return {
    first: bucketer.index(query.dateRange.from),
    of: (period: number) => active.get(period) ?? new Set<string>(),
  };
}

describe('runLifecycle invariants', () => {
  it('new + returning + resurrecting = actors active; returning and dormant follow the period before', () => {
    fc.assert(
      fc.property(rowsArbitrary, queryArbitrary, (rows, query) => {
        const result = runLifecycle(buildActorEvents(rows), query, NOW);
        const { first, of } = activity(rows, query);
        result.periods.forEach((period, i) => {
          const now = of(first + i);
          const before = of(first + i - 1);
          expect(period.new + period.returning + period.resurrecting).toBe(now.size);
          expect(period.returning).toBe([...now].filter((a) => before.has(a)).length);
          expect(Math.abs(period.dormant)).toBe([...before].filter((a) => !now.has(a)).length);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same counts for the same rows in any order', () => {
    fc.assert(
      fc.property(
        rowsArbitrary.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        queryArbitrary,
        ([rows, shuffled], query) => {
          expect(runLifecycle(buildActorEvents(shuffled), query, NOW)).toEqual(
            runLifecycle(buildActorEvents(rows), query, NOW),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
