// Scenarios ported from PostHog's test_lifecycle_query_runner.py (TestLifecycleQueryRunner), each
// re-derived by hand below. PostHog creates each person at its first listed event, which is what
// buildActorEvents uses as first-seen unless a test passes another.
import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { lifecycleQuerySchema, type LifecycleQuery } from './lifecycle-query.js';
import { lifecycleActors, lifecycleProperties, runLifecycle } from './run-lifecycle.js';

const at = (iso: string) => Date.parse(iso);
const NOW = { now: at('2030-01-01T00:00:00Z') };

/** `{ person: ['2020-01-11T12:00:00Z', …] }` → rows of one event. */
function people(
  byPerson: Record<string, string[]>,
  event = '$pageview',
  properties?: Record<string, unknown>,
): ActorEventInput[] {
  return Object.entries(byPerson).flatMap(([actorId, times]) =>
    times.map((time) => ({ actorId, event, timestamp: at(time), properties })),
  );
}

const query = (fields: Record<string, unknown>): LifecycleQuery =>
  lifecycleQuerySchema.parse({ event: { event: '$pageview' }, ...fields });

/** The four series as PostHog's assertions list them (dormant negative). */
function series(result: ReturnType<typeof runLifecycle>) {
  return {
    new: result.periods.map((p) => p.new),
    returning: result.periods.map((p) => p.returning),
    resurrecting: result.periods.map((p) => p.resurrecting),
    dormant: result.periods.map((p) => p.dormant),
  };
}

// _create_test_events: the data most PostHog lifecycle tests share (all at 12:00Z).
const standard = people({
  p1: [
    '2020-01-11T12:00:00Z',
    '2020-01-12T12:00:00Z',
    '2020-01-13T12:00:00Z',
    '2020-01-15T12:00:00Z',
    '2020-01-17T12:00:00Z',
    '2020-01-19T12:00:00Z',
  ],
  p2: ['2020-01-09T12:00:00Z', '2020-01-12T12:00:00Z'],
  p3: ['2020-01-12T12:00:00Z'],
  p4: ['2020-01-15T12:00:00Z'],
});

describe('runLifecycle (PostHog scenarios)', () => {
  it('test_lifecycle_query_whole_range: days 9–19', () => {
    // p2: 9 new, dormant 10, 12 resurrecting, dormant 13. p1: 11 new, 12–13 returning, dormant 14,
    // 15 resurrecting, dormant 16, 17 resurrecting, dormant 18, 19 resurrecting. p3: 12 new,
    // dormant 13. p4: 15 new, dormant 16.
    const result = runLifecycle(
      buildActorEvents(standard),
      query({ dateRange: { from: '2020-01-09T00:00:00Z', to: '2020-01-19T23:59:59Z' } }),
      NOW,
    );
    expect(result.periods.map((p) => p.start.slice(0, 10))).toEqual([
      '2020-01-09',
      '2020-01-10',
      '2020-01-11',
      '2020-01-12',
      '2020-01-13',
      '2020-01-14',
      '2020-01-15',
      '2020-01-16',
      '2020-01-17',
      '2020-01-18',
      '2020-01-19',
    ]);
    expect(series(result)).toEqual({
      new: [1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0],
      returning: [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0],
      resurrecting: [0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 1],
      dormant: [0, -1, 0, 0, -2, -1, 0, -2, 0, -1, 0],
    });
  });

  it('test_lifecycle_trend: days 12–19 only see activity from day 11', () => {
    // p2's day-9 visit is outside [11, 19], so its day-12 visit follows its creation (day 9):
    // resurrecting. p1's day 11 (before the range) makes its day 12 "returning".
    const expected = {
      new: [1, 0, 0, 1, 0, 0, 0, 0],
      returning: [1, 1, 0, 0, 0, 0, 0, 0],
      resurrecting: [1, 0, 0, 1, 0, 1, 0, 1],
      dormant: [0, -2, -1, 0, -2, 0, -1, 0],
    };
    const range = { dateRange: { from: '2020-01-12T00:00:00Z', to: '2020-01-19T00:00:00Z' } };
    expect(series(runLifecycle(buildActorEvents(standard), query(range), NOW))).toEqual(expected);

    // test_lifecycle_trend_all_events: p3 and p4 did another event; `event: null` counts it too.
    const mixed = [
      ...people({
        p1: standard.filter((r) => r.actorId === 'p1').map((r) => new Date(r.timestamp).toISOString()),
      }),
      ...people({ p2: ['2020-01-09T12:00:00Z', '2020-01-12T12:00:00Z'] }),
      ...people({ p3: ['2020-01-12T12:00:00Z'], p4: ['2020-01-15T12:00:00Z'] }, '$other'),
    ];
    expect(
      series(runLifecycle(buildActorEvents(mixed), query({ ...range, event: { event: null } }), NOW)),
    ).toEqual(expected);
  });

  it('test_lifecycle_trend_prop_filtering: only p1 has the property, created long after', () => {
    // p1 is created "now" (after every event), so no period is ever "new" for it: day 11 (outside)
    // resurrecting, 12–13 returning, dormant 14, resurrecting 15/17/19, dormant 16/18.
    const rows = [
      ...people(
        { p1: standard.filter((r) => r.actorId === 'p1').map((r) => new Date(r.timestamp).toISOString()) },
        '$pageview',
        { number: 1 },
      ),
      ...standard.filter((r) => r.actorId !== 'p1'),
    ];
    const table = buildActorEvents(rows, { p1: at('2020-02-01T00:00:00Z') });
    const filtered = query({
      event: { event: '$pageview', where: [{ property: 'number', op: 'eq', value: 1 }] },
      dateRange: { from: '2020-01-12T00:00:00Z', to: '2020-01-19T00:00:00Z' },
    });
    expect(lifecycleProperties(filtered)).toEqual(['number']);
    expect(series(runLifecycle(table, filtered, NOW))).toEqual({
      new: [0, 0, 0, 0, 0, 0, 0, 0],
      returning: [1, 1, 0, 0, 0, 0, 0, 0],
      resurrecting: [0, 0, 0, 1, 0, 1, 0, 1],
      dormant: [0, 0, -1, 0, -1, 0, -1, 0],
    });
  });

  it('test_lifecycle_trends_distinct_id_repeat: one person, created on the 12th', () => {
    // 12 new, dormant 13, 14 resurrecting, 15 returning, dormant 16, 17 resurrecting, dormant 18, 19 resurrecting.
    const rows = people({
      p1: [
        '2020-01-12T12:00:00Z',
        '2020-01-14T12:00:00Z',
        '2020-01-15T12:00:00Z',
        '2020-01-17T12:00:00Z',
        '2020-01-19T12:00:00Z',
      ],
    });
    const result = runLifecycle(
      buildActorEvents(rows),
      query({ dateRange: { from: '2020-01-12T00:00:00Z', to: '2020-01-19T00:00:00Z' } }),
      NOW,
    );
    expect(series(result)).toEqual({
      new: [1, 0, 0, 0, 0, 0, 0, 0],
      returning: [0, 0, 0, 1, 0, 0, 0, 0],
      resurrecting: [0, 0, 1, 0, 0, 1, 0, 1],
      dormant: [0, -1, 0, 0, -1, 0, -1, 0],
    });
  });

  describe('test_lifecycle_trend_weeks_monday / _sunday', () => {
    const rows = people({
      p1: [
        '2020-02-01T12:00:00Z',
        '2020-02-05T12:00:00Z',
        '2020-02-10T12:00:00Z',
        '2020-02-15T12:00:00Z',
        '2020-02-27T12:00:00Z',
        '2020-03-02T12:00:00Z',
      ],
      p2: ['2020-02-11T12:00:00Z', '2020-02-18T12:00:00Z'],
      p3: ['2020-02-12T12:00:00Z'],
      p4: ['2020-02-27T12:00:00Z'],
    });
    // Monday weeks: p1 active 01-27 (created), 02-03, 02-10, 02-24, 03-02 → returning 02-03,
    // 02-10, 03-02; dormant 02-17, 03-09; resurrecting 02-24. p2: new 02-10, returning 02-17,
    // dormant 02-24. p3: new 02-10, dormant 02-17. p4: new 02-24, dormant 03-02.
    // Sunday weeks put every date in the week of the same shape, one day earlier.
    const expected = {
      new: [0, 2, 0, 1, 0, 0],
      returning: [1, 1, 1, 0, 1, 0],
      resurrecting: [0, 0, 0, 1, 0, 0],
      dormant: [0, 0, -2, -1, -1, -1],
    };
    const weekly = (weekStart: string) =>
      runLifecycle(
        buildActorEvents(rows),
        query({
          period: 'week',
          weekStart,
          dateRange: { from: '2020-02-05T00:00:00Z', to: '2020-03-09T00:00:00Z' },
        }),
        NOW,
      );

    it('Monday', () => {
      const result = weekly('monday');
      expect(result.periods.map((p) => p.start.slice(0, 10))).toEqual([
        '2020-02-03',
        '2020-02-10',
        '2020-02-17',
        '2020-02-24',
        '2020-03-02',
        '2020-03-09',
      ]);
      expect(series(result)).toEqual(expected);
    });

    it('Sunday', () => {
      const result = weekly('sunday');
      expect(result.periods.map((p) => p.start.slice(0, 10))).toEqual([
        '2020-02-02',
        '2020-02-09',
        '2020-02-16',
        '2020-02-23',
        '2020-03-01',
        '2020-03-08',
      ]);
      expect(series(result)).toEqual(expected);
    });
  });

  it('test_lifecycle_trend_months', () => {
    // p1: Jan new (outside), Feb–Mar returning, dormant Apr, May resurrecting, dormant Jun, Jul
    // resurrecting, dormant Aug, Sep resurrecting. p2 (created Dec 2019): Feb resurrecting, dormant
    // Mar. p3: Feb new, dormant Mar. p4: May new, dormant Jun.
    const rows = people({
      p1: [
        '2020-01-11T12:00:00Z',
        '2020-02-12T12:00:00Z',
        '2020-03-13T12:00:00Z',
        '2020-05-15T12:00:00Z',
        '2020-07-17T12:00:00Z',
        '2020-09-19T12:00:00Z',
      ],
      p2: ['2019-12-09T12:00:00Z', '2020-02-12T12:00:00Z'],
      p3: ['2020-02-12T12:00:00Z'],
      p4: ['2020-05-15T12:00:00Z'],
    });
    const result = runLifecycle(
      buildActorEvents(rows),
      query({ period: 'month', dateRange: { from: '2020-02-01T00:00:00Z', to: '2020-09-01T00:00:00Z' } }),
      NOW,
    );
    expect(series(result)).toEqual({
      new: [1, 0, 0, 1, 0, 0, 0, 0],
      returning: [1, 1, 0, 0, 0, 0, 0, 0],
      resurrecting: [1, 0, 0, 1, 0, 1, 0, 1],
      dormant: [0, -2, -1, 0, -2, 0, -1, 0],
    });
  });

  it('test_timezones: US/Pacific moves p1’s first two visits onto the 11th', () => {
    // Pacific days: p1 11 (23:00Z and 01:00Z are both the 11th), 13, 15, 17, 19 → dormant 12, 14,
    // 16, 18; resurrecting 13, 15, 17, 19. p2 (created the 9th): 12 resurrecting, dormant 13.
    // p3: 12 new, dormant 13. p4: 15 new, dormant 16.
    const rows = people({
      p1: [
        '2020-01-11T23:00:00Z',
        '2020-01-12T01:00:00Z',
        '2020-01-13T12:00:00Z',
        '2020-01-15T12:00:00Z',
        '2020-01-17T12:00:00Z',
        '2020-01-19T12:00:00Z',
      ],
      p2: ['2020-01-09T12:00:00Z', '2020-01-12T12:00:00Z'],
      p3: ['2020-01-12T12:00:00Z'],
      p4: ['2020-01-15T12:00:00Z'],
    });
    const result = runLifecycle(
      buildActorEvents(rows),
      query({
        timezone: 'America/Los_Angeles',
        dateRange: { from: '2020-01-12T00:00:00-08:00', to: '2020-01-19T23:59:59-08:00' },
      }),
      NOW,
    );
    expect(series(result)).toEqual({
      new: [1, 0, 0, 1, 0, 0, 0, 0],
      returning: [0, 0, 0, 0, 0, 0, 0, 0],
      resurrecting: [1, 1, 0, 1, 0, 1, 0, 1],
      dormant: [-1, -2, -1, 0, -2, 0, -1, 0],
    });
    // Pulse = (new + resurrecting) / |dormant|: day 12 (1 + 1) / 1 = 2, day 13 1 / 2, day 15 no dormant.
    expect(result.periods.map((p) => p.pulse)).toEqual([2, 0.5, 0, null, 0, null, 0, null]);
  });

  it('test_dormant_on_dst: the day after the spring-forward day is the dormant one', () => {
    // 2025-03-09T12:00Z is 05:00 PDT on the 9th (clocks jumped at 10:00Z). Days 8, 9, 10, 11.
    const result = runLifecycle(
      buildActorEvents(people({ p1: ['2025-03-09T12:00:00Z'] })),
      query({
        timezone: 'America/Los_Angeles',
        dateRange: { from: '2025-03-09T00:00:00Z', to: '2025-03-12T00:00:00Z' },
      }),
      NOW,
    );
    expect(result.periods.map((p) => p.start)).toEqual([
      '2025-03-08T08:00:00.000Z',
      '2025-03-09T08:00:00.000Z',
      '2025-03-10T07:00:00.000Z',
      '2025-03-11T07:00:00.000Z',
    ]);
    expect(series(result).new).toEqual([0, 1, 0, 0]);
    expect(series(result).dormant).toEqual([0, 0, -1, 0]);
  });
});

describe('lifecycleActors', () => {
  it('returns the actors behind one bar (actor indices: p1 = 0 … p4 = 3)', () => {
    const table = buildActorEvents(standard);
    const range = query({ dateRange: { from: '2020-01-09T00:00:00Z', to: '2020-01-19T23:59:59Z' } });
    // Day 12 is position 3: p1 returning, p2 resurrecting, p3 new. Day 13 (4): p2, p3 dormant.
    expect(lifecycleActors(table, range, { period: 3, status: 'resurrecting' })).toEqual([1]);
    expect(lifecycleActors(table, range, { period: 3, status: 'new' })).toEqual([2]);
    expect(lifecycleActors(table, range, { period: 4, status: 'dormant' })).toEqual([1, 2]);
    expect(lifecycleActors(table, range, { period: 40, status: 'dormant' })).toEqual([]);
  });

  it('a segment mask removes actors from every status', () => {
    const table = buildActorEvents(standard);
    const range = query({ dateRange: { from: '2020-01-09T00:00:00Z', to: '2020-01-19T23:59:59Z' } });
    const onlyP1 = runLifecycle(table, range, { ...NOW, mask: Uint8Array.from([1, 0, 0, 0]) });
    expect(series(onlyP1).new).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('lifecycleQuerySchema', () => {
  const valid = {
    event: { event: '$pageview' },
    dateRange: { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' },
  };
  const paths = (body: unknown) => lifecycleQuerySchema.safeParse(body).error?.issues.map((i) => i.path);

  it('names the field at fault', () => {
    expect(paths({ ...valid, period: 'hour' })).toEqual([['period']]);
    expect(paths({ ...valid, timezone: 'Nowhere/Special' })).toEqual([['timezone']]);
    expect(
      paths({ ...valid, dateRange: { from: '2020-13-01T00:00:00Z', to: '2020-03-01T00:00:00Z' } }),
    ).toEqual([['dateRange', 'from']]);
    expect(paths({ ...valid, event: {} })).toEqual([['event', 'event']]);
  });
});
