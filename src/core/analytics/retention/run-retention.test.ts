import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { retentionQuerySchema, type RetentionQuery } from './retention-query.js';
import { retentionActors, retentionProperties, runRetention, weightedAverage } from './run-retention.js';

const at = (iso: string) => Date.parse(iso);
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
const query = (fields: Record<string, unknown>): RetentionQuery =>
  retentionQuerySchema.parse({
    startEvent: { event: 'Order Completed' },
    returnEvent: { event: 'Order Completed' },
    ...fields,
  });

// Mondays: W0 = 2024-01-01, W1 = 01-08, W2 = 01-15, W3 = 01-22, W4 = 01-29, W5 = 02-05.
const weekly = table([
  ['a', 'Order Completed', '2024-01-02T10:00:00Z'], // a: cohort W0, returns W1 and W3
  ['a', 'Order Completed', '2024-01-09T10:00:00Z'],
  ['a', 'Order Completed', '2024-01-23T10:00:00Z'],
  ['b', 'Order Completed', '2024-01-03T10:00:00Z'], // b: cohort W0, never back
  ['c', 'Order Completed', '2024-01-10T10:00:00Z'], // c: cohort W1, back the same week and in W2
  ['c', 'Order Completed', '2024-01-11T10:00:00Z'],
  ['c', 'Order Completed', '2024-01-17T10:00:00Z'],
  ['d', 'Product Viewed', '2024-01-02T10:00:00Z'], // d: never ordered, in no cohort
]);
const weeklyQuery = query({
  period: 'week',
  periods: 4,
  dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-01-21T23:59:59Z' }, // cohorts W0, W1, W2
});

describe('runRetention: calendar weeks', () => {
  it('builds one row per week of the range, empty ones included', () => {
    // now = W5 start: W4 has ended (so W1's column 3 is complete), W5 has not (W2's column 3 is not).
    const result = runRetention(weekly, weeklyQuery, { now: at('2024-02-05T00:00:00Z') });
    expect(result.cohorts).toEqual([
      {
        start: '2024-01-01T00:00:00.000Z',
        size: 2,
        values: [2, 1, 0, 1],
        complete: [true, true, true, true],
      },
      {
        start: '2024-01-08T00:00:00.000Z',
        size: 1,
        values: [1, 1, 0, 0],
        complete: [true, true, true, true],
      },
      {
        start: '2024-01-15T00:00:00.000Z',
        size: 0,
        values: [0, 0, 0, 0],
        complete: [true, true, true, false],
      },
    ]);
    // Σ(value·size)/Σ(size²) over complete cells: n0 (2·2+1·1)/(4+1) = 1, n1 3/5, n2 0, n3 (1·2+0·1)/5.
    expect(result.average).toEqual([1, 0.6, 0, 0.4]);
  });

  it('marks cells whose period has not ended as incomplete and leaves them out of the average', () => {
    // now = 2024-01-20 (inside W2): W0's columns 0–1 ended, column 2 (W2) has not; W1's column 0 only.
    const result = runRetention(weekly, weeklyQuery, { now: at('2024-01-20T00:00:00Z') });
    expect(result.cohorts.map((c) => c.complete)).toEqual([
      [true, true, false, false],
      [true, false, false, false],
      [false, false, false, false],
    ]);
    // n1 comes from W0 alone: 1 of 2. n2, n3 have no complete cell.
    expect(result.average).toEqual([1, 0.5, null, null]);
  });

  it('on_or_after counts a return in any later period', () => {
    const result = runRetention(
      weekly,
      { ...weeklyQuery, criterion: 'on_or_after' },
      { now: at('2024-03-01T00:00:00Z') },
    );
    // a reached W3 → columns 0–3; b only W0 → column 0; c reached W2 = its column 1 → columns 0–1.
    expect(result.cohorts.map((c) => c.values)).toEqual([
      [2, 1, 1, 1],
      [1, 1, 0, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('the click-through returns the actors of one cell, and nobody for a cell out of range', () => {
    // Actor indices are the sorted ids: a = 0, b = 1, c = 2, d = 3.
    expect(retentionActors(weekly, weeklyQuery, { cohort: 0, period: 0 })).toEqual([0, 1]);
    expect(retentionActors(weekly, weeklyQuery, { cohort: 0, period: 3 })).toEqual([0]);
    expect(retentionActors(weekly, weeklyQuery, { cohort: 1, period: 1 })).toEqual([2]);
    expect(retentionActors(weekly, weeklyQuery, { cohort: 3, period: 0 })).toEqual([]);
  });

  it('a segment mask drops actors from every cohort', () => {
    const mask = Uint8Array.from([0, 1, 1, 1]); // without a
    const result = runRetention(weekly, weeklyQuery, { now: at('2024-03-01T00:00:00Z'), mask });
    expect(result.cohorts[0]).toMatchObject({ size: 1, values: [1, 0, 0, 0] });
  });
});

describe('runRetention: period 0 and return events', () => {
  it('with different start and return events, period 0 counts returns at or after the start', () => {
    const events = table([
      ['a', 'Order Completed', '2024-01-01T09:00:00Z'],
      ['a', 'Product Viewed', '2024-01-01T10:00:00Z'],
      ['a', 'Order Completed', '2024-01-01T11:00:00Z'], // after the view: counts
      ['b', 'Order Completed', '2024-01-01T09:00:00Z'], // only before the view: does not
      ['b', 'Product Viewed', '2024-01-01T10:00:00Z'],
    ]);
    const result = runRetention(
      events,
      query({
        startEvent: { event: 'Product Viewed' },
        period: 'day',
        periods: 2,
        dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-01-01T23:59:59Z' },
      }),
      { now: at('2024-02-01T00:00:00Z') },
    );
    expect(result.cohorts[0]).toMatchObject({ size: 2, values: [1, 0] });
  });

  it('the bench check: any event returns, so week 0 is 100% and later weeks count any activity', () => {
    // Cohort = Monday UTC week of the first Product Viewed; cell n = any event in week cohort + n.
    const events = table([
      ['a', 'Product Viewed', '2024-01-03T10:00:00Z'],
      ['a', '$page', '2024-01-09T10:00:00Z'], // W1: any event counts
      ['b', '$page', '2024-01-08T09:00:00Z'], // before b's first view: not part of anything
      ['b', 'Product Viewed', '2024-01-10T10:00:00Z'], // b: cohort W1
      ['b', '$identify', '2024-01-22T10:00:00Z'], // W3 = b's column 2
    ]);
    const result = runRetention(
      events,
      query({
        startEvent: { event: 'Product Viewed' },
        returnEvent: { event: null },
        period: 'week',
        periods: 3,
        dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-01-14T23:59:59Z' },
      }),
      { now: at('2024-03-01T00:00:00Z') },
    );
    expect(result.cohorts.map((c) => [c.size, ...c.values])).toEqual([
      [1, 1, 1, 0],
      [1, 1, 0, 1],
    ]);
  });
});

describe('runRetention: cohort modes', () => {
  const events = table([
    ['a', 'Order Completed', '2024-01-02T10:00:00Z', { currency: 'USD' }], // a's first order is in USD
    ['a', 'Order Completed', '2024-01-09T10:00:00Z', { currency: 'EUR' }],
    ['a', 'Order Completed', '2024-01-23T10:00:00Z', { currency: 'EUR' }],
    ['b', 'Order Completed', '2024-01-03T10:00:00Z', { currency: 'EUR' }],
    ['b', 'Order Completed', '2024-01-16T10:00:00Z', { currency: 'EUR' }],
  ]);
  const eur = { event: 'Order Completed', where: [{ property: 'currency', op: 'eq', value: 'EUR' }] };
  const base = {
    startEvent: eur,
    period: 'week',
    periods: 3,
    dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-01-28T23:59:59Z' }, // W0 … W3
  };
  const run = (fields: Record<string, unknown>) =>
    runRetention(events, query({ ...base, ...fields }), { now: at('2024-03-01T00:00:00Z') }).cohorts.map(
      (c) => [c.size, ...c.values],
    );

  it('first_time: the first order matching the filter (a enters in W1 with its first EUR order)', () => {
    // a: W1 entry, returns (any order) in W1, W3 → [1, 0, 1]. b: W0 entry, returns W0, W2 → [1, 0, 1].
    expect(run({ cohortMode: 'first_time' })).toEqual([
      [1, 1, 0, 1],
      [1, 1, 0, 1],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('first_ever: the first order at all, dropped when it does not match (a’s first order was USD)', () => {
    expect(run({ cohortMode: 'first_ever' })).toEqual([
      [1, 1, 0, 1],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('recurring: every week with a start event is an entry', () => {
    // a: W1 (returns W1, W3 → [1,0,1]) and W3 ([1,0,0]); b: W0 ([1,0,1]) and W2 ([1,0,0]).
    expect(run({ cohortMode: 'recurring' })).toEqual([
      [1, 1, 0, 1],
      [1, 1, 0, 1],
      [1, 1, 0, 0],
      [1, 1, 0, 0],
    ]);
  });

  it('first_time drops an actor whose first matching event is before the range', () => {
    // From W1 on: b's first EUR order (W0) is outside, so b is in no cohort; a still enters in W1.
    const later = run({ dateRange: { from: '2024-01-08T00:00:00Z', to: '2024-01-28T23:59:59Z' } });
    expect(later.map((row) => row[0])).toEqual([1, 0, 0]);
  });

  it('lists the filter properties to load', () => {
    expect(retentionProperties(query(base))).toEqual(['currency']);
  });
});

describe('runRetention: rolling periods and time zones', () => {
  const events = table([
    ['a', 'Order Completed', '2024-01-01T20:00:00Z'],
    ['a', 'Order Completed', '2024-01-02T10:00:00Z'], // +14 h: rolling day 0, calendar day 1
    ['a', 'Order Completed', '2024-01-02T21:00:00Z'], // +25 h: rolling day 1, calendar day 1
    ['a', 'Order Completed', '2024-01-04T19:59:00Z'], // +71 h 59 m: rolling day 2, calendar day 3
  ]);
  const daily = {
    period: 'day',
    periods: 4,
    dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-01-01T23:59:59Z' },
  };

  it('rolling days count from the actor’s own start time', () => {
    const rolling = runRetention(events, query({ ...daily, timeBasis: 'rolling' }), {
      now: at('2024-01-03T20:00:00Z'),
    });
    expect(rolling.cohorts[0]?.values).toEqual([1, 1, 1, 0]);
    // Complete while start + (n+1)·24 h ≤ now: 01-02T20:00 and 01-03T20:00 are; 01-04T20:00 is not.
    expect(rolling.cohorts[0]?.complete).toEqual([true, true, false, false]);
    const calendar = runRetention(events, query(daily), { now: at('2024-01-03T20:00:00Z') });
    expect(calendar.cohorts[0]?.values).toEqual([1, 1, 0, 1]);
    expect(calendar.cohorts[0]?.complete).toEqual([true, true, false, false]);
  });

  it('rolling on_or_after counts every column up to the latest return', () => {
    const result = runRetention(events, query({ ...daily, timeBasis: 'rolling', criterion: 'on_or_after' }), {
      now: at('2024-02-01T00:00:00Z'),
    });
    expect(result.cohorts[0]?.values).toEqual([1, 1, 1, 0]);
  });

  it('weeks follow the query’s zone: Sunday 23:30Z is Monday in Berlin', () => {
    const late = table([
      ['a', 'Order Completed', '2024-01-03T10:00:00Z'],
      ['a', 'Order Completed', '2024-01-07T23:30:00Z'],
    ]);
    const fields = {
      period: 'week',
      periods: 2,
      dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-01-03T23:00:00Z' },
    };
    const now = { now: at('2024-03-01T00:00:00Z') };
    expect(runRetention(late, query(fields), now).cohorts[0]?.values).toEqual([1, 0]);
    const berlin = runRetention(late, query({ ...fields, timezone: 'Europe/Berlin' }), now);
    expect(berlin.cohorts[0]).toMatchObject({ start: '2023-12-31T23:00:00.000Z', values: [1, 1] });
  });
});

describe('weightedAverage', () => {
  it('reproduces Mixpanel’s worked example (≈ 0.56, not the pooled 0.6)', () => {
    const cohorts = [
      { start: '', size: 1000, values: [1000, 500], complete: [true, true] },
      { start: '', size: 500, values: [500, 400], complete: [true, true] },
      { start: '', size: 700, values: [700, 10], complete: [true, false] },
    ];
    // (500·1000 + 400·500) / (1000² + 500²) = 700 000 / 1 250 000 = 0.56.
    expect(weightedAverage(cohorts, 2)).toEqual([1, 0.56]);
  });

  it('gets the same 0.56 from a folded table with three daily cohorts', () => {
    const rows: Row[] = [];
    const cohort = (day: string, size: number, retained: number) => {
      for (let i = 0; i < size; i++) {
        const id = `${day}-${String(i).padStart(4, '0')}`;
        rows.push([id, 'Order Completed', `2024-03-0${day}T12:00:00Z`]);
        if (i < retained) rows.push([id, 'Order Completed', `2024-03-0${Number(day) + 1}T12:00:00Z`]);
      }
    };
    cohort('1', 1000, 500);
    cohort('2', 500, 400);
    cohort('3', 700, 10);
    const result = runRetention(
      table(rows),
      query({
        period: 'day',
        periods: 2,
        dateRange: { from: '2024-03-01T00:00:00Z', to: '2024-03-03T23:59:59Z' },
      }),
      { now: at('2024-03-04T12:00:00Z') }, // March 4 (day 1 of the third cohort) has not ended
    );
    expect(result.cohorts.map((c) => c.complete[1])).toEqual([true, true, false]);
    expect(result.average[1]).toBeCloseTo(0.56, 10);
  });
});
