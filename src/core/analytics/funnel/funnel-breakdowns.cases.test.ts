// Breakdowns, date ranges and filters, edge cases, and funnel trends.
// Scenarios from PostHog's funnel tests and the reference rules (see funnel-scenarios.testkit.ts).
import { describe, expect, it } from 'vitest';
import { funnelActors } from './funnel-actors.js';
import { runFunnel } from './run-funnel.js';
import {
  T0,
  S,
  M,
  H,
  seq,
  at,
  tableOf,
  queryOf,
  run,
  actorsIn,
  steps,
  counts,
  means,
  byValue,
  type Row,
} from './funnel-scenarios.testkit.js';

describe('breakdowns (breakdown_cases.py, test_funnel.py)', () => {
  const jan = {
    window: { value: 7, unit: 'day' },
    dateRange: { from: '2020-01-01T00:00:00Z', to: '2020-01-08T00:00:00Z' },
  };
  const browser = (b: unknown) => ({ $browser: b });

  it('test_breakdown_step_attributions: first_touch, last_touch, all_events, step:K', () => {
    const rows: Row[] = [
      ['user_one', 'step one', T0, browser('Chrome')],
      ['user_one', 'step two', T0 + S, browser('Safari')],
      ['user_one', 'step two', T0 + 2 * S, browser('Chrome')],
      ['user_one', 'step three', T0 + 3 * S, browser('Chrome')],
    ];
    const body = (attribution: string) => ({
      steps: steps('step one', 'step two', 'step three'),
      window: { value: 30, unit: 'second' },
      breakdown: { property: '$browser', attribution },
    });
    // The winning chain is step one (Chrome) → step two at 1 s (Safari) → step three (Chrome).
    expect(byValue(run(rows, body('first_touch')))).toEqual({ Chrome: [1, 1, 1] });
    expect(byValue(run(rows, body('last_touch')))).toEqual({ Chrome: [1, 1, 1] });
    // Chrome events alone still complete; Safari events alone never start the funnel.
    expect(byValue(run(rows, body('all_events')))).toEqual({ Chrome: [1, 1, 1] });
    expect(byValue(run(rows, body('step:0')))).toEqual({ Chrome: [1, 1, 1] });
    // Step two happened with both values: the actor completes under each.
    const second = run(rows, body('step:1'));
    expect(byValue(second)).toEqual({ Chrome: [1, 1, 1], Safari: [1, 1, 1] });
    expect(second.breakdowns.map((b) => [b.value, means(b)])).toEqual([
      ['Chrome', [null, 2 * S, S]],
      ['Safari', [null, S, 2 * S]],
    ]);
    expect(byValue(run(rows, body('step:2')))).toEqual({ Chrome: [1, 1, 1] });
  });

  it('attribution docs example: first_touch vs last_touch (posthog.com funnels.mdx)', () => {
    const rows: Row[] = [
      ['p', '$pageview', T0, browser('Chrome')],
      ['p', 'user signed up', T0 + M, browser('Firefox')],
    ];
    const body = (attribution: string) => ({
      steps: steps('$pageview', 'user signed up'),
      breakdown: { property: '$browser', attribution },
    });
    expect(byValue(run(rows, body('first_touch')))).toEqual({ Chrome: [1, 1] });
    expect(byValue(run(rows, body('last_touch')))).toEqual({ Firefox: [1, 1] });
  });

  it('first_touch reads the winning chain, not an abandoned earlier attempt (our choice)', () => {
    const rows: Row[] = [
      ['p', 'A', T0, { utm: 'google' }], // this attempt expires: B comes 2.5 h later, the window is 1 h
      ['p', 'A', T0 + 2 * H, {}], // the winning chain starts here, without utm
      ['p', 'B', T0 + 2.5 * H, { utm: 'bing' }],
    ];
    const body = {
      steps: steps('A', 'B'),
      window: { value: 1, unit: 'hour' },
      breakdown: { property: 'utm' },
    };
    // PostHog would credit "google" (first value over all step events); the chain's first value is bing.
    expect(byValue(run(rows, body))).toEqual({ bing: [1, 1] });
  });

  it('test_funnel_step_breakdown_event_with_string_only_breakdown: first_touch with times', () => {
    const rows: Row[] = [
      ['person1', 'sign up', at('2020-01-01T12:00:00Z'), browser('Chrome')],
      ['person1', 'play movie', at('2020-01-01T13:00:00Z'), browser('Chrome')],
      ['person1', 'buy', at('2020-01-01T15:00:00Z'), browser('Chrome')],
      ['person2', 'sign up', at('2020-01-02T14:00:00Z'), browser('Safari')],
      ['person2', 'play movie', at('2020-01-02T16:00:00Z'), browser('Safari')],
      ['person3', 'sign up', at('2020-01-02T14:00:00Z'), browser('Safari')],
    ];
    const result = run(rows, {
      ...jan,
      steps: steps('sign up', 'play movie', 'buy'),
      breakdown: { property: '$browser' },
    });
    // Safari has more entrants, so it comes first.
    expect(result.breakdowns.map((b) => [b.value, counts(b), means(b)])).toEqual([
      ['Safari', [2, 1, 0], [null, 2 * H, null]],
      ['Chrome', [1, 1, 1], [null, H, 2 * H]],
    ]);
    expect(
      actorsIn(
        rows,
        { ...jan, steps: steps('sign up', 'play movie', 'buy'), breakdown: { property: '$browser' } },
        { step: 0, breakdown: 'Safari' },
      ),
    ).toEqual(['person2', 'person3']);
  });

  it('test_funnel_step_breakdown_with_step_attribution: one actor under each step-0 value', () => {
    const rows: Row[] = [
      ['person1', 'sign up', at('2020-01-01T12:00:00Z'), browser('Chrome')],
      ['person1', 'sign up', at('2020-01-01T13:00:00Z'), browser('Safari')],
      ['person1', 'sign up', at('2020-01-02T14:00:00Z'), browser('Mac')],
      ['person1', 'sign up', at('2020-01-02T15:00:00Z'), browser(0)], // mixed property type
    ];
    const result = run(rows, {
      ...jan,
      steps: steps('sign up', 'other event'),
      breakdown: { property: '$browser', attribution: 'step:0' },
    });
    expect(result.breakdowns.map((b) => [b.value, counts(b)])).toEqual([
      ['0', [1, 0]],
      ['Chrome', [1, 0]],
      ['Mac', [1, 0]],
      ['Safari', [1, 0]],
    ]);
  });

  it('test_funnel_step_breakdown_event_single_person_events_with_multiple_properties: all_events', () => {
    const rows: Row[] = [
      ['person1', 'sign up', at('2020-01-01T12:00:00Z'), browser('Chrome')],
      ['person1', 'play movie', at('2020-01-02T12:30:00Z'), browser('Safari')],
      ['person1', 'sign up', at('2020-01-02T13:00:00Z'), browser('Safari')],
      ['person1', 'play movie', at('2020-01-02T14:00:00Z'), browser('Safari')],
    ];
    const body = {
      ...jan,
      steps: steps('sign up', 'play movie'),
      breakdown: { property: '$browser', attribution: 'all_events' },
    };
    const result = run(rows, body);
    // Chrome events: one sign up. Safari events: sign up 13:00 → play movie 14:00 (the 12:30 one
    // came before any Safari sign up).
    expect(byValue(result)).toEqual({ Safari: [1, 1], Chrome: [1, 0] });
    expect(result.breakdowns[0]!.steps[1]!.timeToConvertMs.mean).toBe(H);
    expect(actorsIn(rows, body, { step: 1, breakdown: 'Chrome' })).toEqual([]);
    expect(actorsIn(rows, body, { step: 1, breakdown: 'Safari' })).toEqual(['person1']);
  });

  it('test_funnel_breakdown_correct_breakdown_props_are_chosen_for_step: step:1 drops actors without step 1', () => {
    const xyz = (b?: string) => ({ $version: 'xyz', ...(b ? { $browser: b } : {}) });
    const rows: Row[] = [
      ['person1', 'sign up', at('2020-01-01T12:00:00Z'), { $browser: 'Chrome', $version: 'xyz' }],
      ['person1', 'buy', at('2020-01-01T13:00:00Z'), browser('Chrome')], // not xyz: not step 1
      ['person2', 'sign up', at('2020-01-01T13:00:00Z')],
      ['person2', 'buy', at('2020-01-02T13:00:00Z'), xyz('Safari')],
      ['person3', 'sign up', at('2020-01-02T14:00:00Z'), browser('Mac')],
      ['person3', 'buy', at('2020-01-02T15:00:00Z'), xyz('Mac')],
      ['person5', 'sign up', at('2020-01-02T15:00:00Z')],
      ['person5', 'buy', at('2020-01-02T16:00:00Z')],
    ];
    const body = {
      ...jan,
      steps: [
        { event: 'sign up' },
        { event: 'buy', where: [{ property: '$version', op: 'eq', value: 'xyz' }] },
      ],
      breakdown: { property: '$browser', attribution: 'step:1' },
    };
    const result = run(rows, body);
    expect(counts(result)).toEqual([4, 2]);
    expect(byValue(result)).toEqual({ Mac: [1, 1], Safari: [1, 1] });
  });

  it('test_funnel_step_breakdown_limit: the most popular values first', () => {
    const rows: Row[] = [];
    for (let value = 1; value <= 9; value++) {
      for (let i = 0; i < value; i++) {
        const actor = `person_${value}_${i}`;
        rows.push(
          [actor, 'sign up', at('2020-01-01T12:00:00Z'), { v: String(value) }],
          [actor, 'buy', at('2020-01-01T15:00:00Z'), { v: String(value) }],
        );
      }
    }
    const result = run(rows, {
      ...jan,
      steps: steps('sign up', 'buy'),
      breakdown: { property: 'v', limit: 5 },
    });
    expect(result.breakdowns.map((b) => b.value)).toEqual(['9', '8', '7', '6', '5']);
    expect(counts(result)).toEqual([45, 45]); // the steps still count everyone
  });

  it('no value is a value of its own (null)', () => {
    const rows: Row[] = [
      ['a', 'A', T0, { utm: 'google' }],
      ['a', 'B', T0 + M],
      ['b', 'A', T0],
      ['b', 'B', T0 + M],
    ];
    const result = run(rows, { steps: steps('A', 'B'), breakdown: { property: 'utm' } });
    expect(result.breakdowns.map((b) => [b.value, counts(b)])).toEqual([
      ['google', [1, 1]],
      [null, [1, 1]],
    ]);
    expect(
      actorsIn(
        rows,
        { steps: steps('A', 'B'), breakdown: { property: 'utm' } },
        { step: 1, breakdown: null },
      ),
    ).toEqual(['b']);
  });
});

describe('date range, filters and edge cases', () => {
  it('date range: step 0 must be in range; later steps may follow `to` within the window', () => {
    const rows: Row[] = [
      ['early', 'A', at('2021-04-30T23:00:00Z')],
      ['early', 'B', at('2021-05-01T01:00:00Z')],
      ['early_then_in', 'A', at('2021-04-30T23:00:00Z')],
      ['early_then_in', 'A', at('2021-05-01T00:30:00Z')],
      ['early_then_in', 'B', at('2021-05-01T01:00:00Z')],
      ['late_steps', 'A', at('2021-05-03T22:00:00Z')],
      ['late_steps', 'B', at('2021-05-05T10:00:00Z')],
      ['too_late', 'A', at('2021-05-03T22:00:00Z')],
      ['too_late', 'B', at('2021-05-06T00:00:00Z')],
      ['starts_after', 'A', at('2021-05-04T01:00:00Z')],
      ['starts_after', 'B', at('2021-05-04T02:00:00Z')],
    ];
    const body = {
      steps: steps('A', 'B'),
      window: { value: 2, unit: 'day' },
      dateRange: { from: '2021-05-01T00:00:00Z', to: '2021-05-03T23:59:59Z' },
    };
    // early: its A is before `from`. late_steps: B is after `to` but 36 h after A. too_late: 50 h.
    expect(counts(run(rows, body))).toEqual([3, 2]);
    expect(actorsIn(rows, body, { step: 1 })).toEqual(['early_then_in', 'late_steps']);
  });

  it('test_funnel_with_long_interval_no_first_step: nobody entered', () => {
    const rows: Row[] = [['only_second_step', 'added to cart', at('2021-05-02T00:00:00Z')]];
    // PostHog's test uses a window of 36,135 days; ours stops at the 366-day maximum.
    const result = run(rows, {
      steps: steps('user signed up', 'added to cart'),
      window: { value: 366, unit: 'day' },
    });
    expect(result.steps.map((s) => [s.count, s.overallConversion, s.stepConversion])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it('0 persons: an empty table gives zero counts and null times', () => {
    const result = run([], { steps: steps('A', 'B') });
    expect(result).toEqual({
      steps: ['A', 'B'].map((name) => ({
        name,
        count: 0,
        overallConversion: 0,
        stepConversion: 0,
        timeToConvertMs: { mean: null, median: null, p90: null },
      })),
      breakdowns: [],
    });
  });

  it('unknown event: a valid query that nobody has done yet', () => {
    const rows = [...seq('a', ['A', 'C']), ...seq('b', ['A'])];
    const result = run(rows, { steps: steps('A', 'never happened', 'C') });
    expect(counts(result)).toEqual([2, 0, 0]);
    expect(result.steps.map((s) => s.stepConversion)).toEqual([1, 0, 0]);
  });

  it('test_funnel_all_events_with_properties: an any-event step with a property filter', () => {
    const rows = seq('user', ['user signed up', ['added to cart', { is_saved: true }]]);
    const body = {
      steps: [
        { event: 'user signed up' },
        { event: null, where: [{ property: 'is_saved', op: 'eq', value: 'true' }] },
      ],
    };
    expect(counts(run(rows, body))).toEqual([1, 1]);
    expect(counts(run(rows, { ...body, order: 'unordered' }))).toEqual([1, 1]);
  });

  it('40 steps: no 32-step limit, in every order', () => {
    const forty = Array.from({ length: 40 }, (_, i) => `e${i}`);
    const rows = [
      ...seq('full', forty),
      ...seq('half', forty.slice(0, 20)),
      ...seq('reversed', [...forty].reverse()),
    ];
    const body = { steps: steps(...forty), window: { value: 1, unit: 'day' } };
    const expected = forty.map((_, k) => (k === 0 ? 3 : k < 20 ? 2 : 1));
    expect(counts(run(rows, body))).toEqual(expected);
    expect(counts(run(rows, { ...body, order: 'strict' }))).toEqual(expected);
    // Any k of 40: "reversed" did all forty, in the wrong order.
    expect(counts(run(rows, { ...body, order: 'unordered' }))).toEqual(forty.map((_, k) => (k < 20 ? 3 : 2)));
    const result = run(rows, body);
    expect(result.steps[39]!.timeToConvertMs.mean).toBe(M);
    expect(result.steps[39]!.overallConversion).toBeCloseTo(1 / 3);
  });

  it('segment restriction via mask', () => {
    const rows = [...seq('a', ['A', 'B']), ...seq('b', ['A']), ...seq('c', ['A', 'B'])];
    const table = tableOf(rows);
    const mask = Uint8Array.from(table.actorIds, (id) => (id === 'b' || id === 'c' ? 1 : 0));
    const query = queryOf({ steps: steps('A', 'B') });
    expect(counts(runFunnel(table, query, { now: T0, mask }))).toEqual([2, 1]);
    expect(funnelActors(table, query, { step: 1 }, { now: T0, mask }).map((a) => table.actorIds[a])).toEqual([
      'c',
    ]);
  });

  it('actors: dropped at step 0 is nobody; dropped at K reached K − 1 only', () => {
    const rows = [...seq('a', ['A', 'B', 'C']), ...seq('b', ['A', 'B']), ...seq('c', ['A'])];
    const body = { steps: steps('A', 'B', 'C') };
    expect(actorsIn(rows, body, { step: 0, dropped: true })).toEqual([]);
    expect(actorsIn(rows, body, { step: 1, dropped: true })).toEqual(['c']);
    expect(actorsIn(rows, body, { step: 2, dropped: true })).toEqual(['b']);
    expect(actorsIn(rows, body, { step: 2 })).toEqual(['a']);
  });
});

describe('funnel trends (reference A2.2, PostHog historical trends)', () => {
  const rows: Row[] = [
    ['a', 'A', at('2021-05-01T10:00:00Z')],
    ['a', 'B', at('2021-05-01T12:00:00Z')],
    ['b', 'A', at('2021-05-01T11:00:00Z')],
    ['c', 'A', at('2021-05-02T23:00:00Z')],
    ['c', 'B', at('2021-05-03T01:00:00Z')], // converts after the day ends
    ['d', 'A', at('2021-05-01T09:00:00Z')],
    ['d', 'A', at('2021-05-03T09:00:00Z')],
    ['d', 'B', at('2021-05-03T10:00:00Z')],
  ];
  const body = {
    steps: steps('A', 'B'),
    window: { value: 1, unit: 'day' },
    dateRange: { from: '2021-05-01T00:00:00Z', to: '2021-05-03T23:59:59Z' },
    trends: { interval: 'day' },
  };

  it('buckets actors by the period of their first step; one actor may enter several periods', () => {
    // May 1: a, b, d entered, a converted (d's May 3 B is 49 h after its May 1 A). May 2: c.
    // May 3: d again, converting within the hour.
    expect(run(rows, body).trends).toEqual([
      { start: '2021-05-01T00:00:00.000Z', entered: 3, converted: 1, conversion: 1 / 3 },
      { start: '2021-05-02T00:00:00.000Z', entered: 1, converted: 1, conversion: 1 },
      { start: '2021-05-03T00:00:00.000Z', entered: 1, converted: 1, conversion: 1 },
    ]);
    expect(actorsIn(rows, body, { period: 0 })).toEqual(['a', 'b', 'd']);
    expect(actorsIn(rows, body, { period: 0, converted: true })).toEqual(['a']);
  });

  it('calendar periods in the query time zone', () => {
    // Tokyo is UTC+9: its May 1 runs from 15:00 UTC on April 30. a, b and d (A at 09:00–11:00 UTC
    // on May 1) fall in Tokyo's May 1; c's A at 23:00 UTC on May 2 and d's second A at 09:00 UTC on
    // May 3 both fall in Tokyo's May 3. The range ends at 08:59 on May 4 in Tokyo: four periods.
    const tokyo = run(rows, { ...body, timezone: 'Asia/Tokyo' }).trends!;
    expect(tokyo.map((p) => [p.start, p.entered, p.converted])).toEqual([
      ['2021-04-30T15:00:00.000Z', 3, 1],
      ['2021-05-01T15:00:00.000Z', 0, 0],
      ['2021-05-02T15:00:00.000Z', 2, 2],
      ['2021-05-03T15:00:00.000Z', 0, 0],
    ]);
  });
});
