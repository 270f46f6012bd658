// Funnel scenarios ported from PostHog's funnel tests (posthog/hogql_queries/insights/funnels/test:
// test_funnel.py, test_funnel_strict.py, test_funnel_unordered.py, breakdown_cases.py,
// conversion_time_cases.py, test_funnel_time_to_convert.py) and from the reference rules (A2.2).
// Each case is named after its source; each expectation is re-derived by hand in a comment.
// PostHog reports seconds, we report milliseconds. PostHog's exclusions are `disqualify_person`.
import { describe, expect, it } from 'vitest';
import { buildActorEvents } from '../build-actor-events.js';
import { funnelActors, type FunnelCell } from './funnel-actors.js';
import { funnelQuerySchema } from './funnel-query.js';
import { runFunnel, type FunnelResult } from './run-funnel.js';

const T0 = Date.parse('2021-05-01T00:00:00Z');
const S = 1_000;
const M = 60_000;
const H = 3_600_000;
const D = 86_400_000;

type Row = readonly [actor: string, event: string, at: number, properties?: Record<string, unknown>];

/** Events of one actor one minute apart, starting `offset` after T0 (PostHog tests without timestamps). */
function seq(
  actor: string,
  events: readonly (string | readonly [string, Record<string, unknown>])[],
  offset = 0,
): Row[] {
  return events.map((e, i) =>
    typeof e === 'string' ? [actor, e, T0 + offset + i * M] : [actor, e[0], T0 + offset + i * M, e[1]],
  );
}

const at = (iso: string): number => Date.parse(iso);

function tableOf(rows: readonly Row[]) {
  return buildActorEvents(
    rows.map(([actorId, event, timestamp, properties]) => ({ actorId, event, timestamp, properties })),
  );
}

function queryOf(body: Record<string, unknown>) {
  return funnelQuerySchema.parse({
    dateRange: { from: '2021-05-01T00:00:00Z', to: '2021-05-14T23:59:59Z' },
    ...body,
  });
}

function run(rows: readonly Row[], body: Record<string, unknown>): FunnelResult {
  return runFunnel(tableOf(rows), queryOf(body), { now: T0 });
}

function actorsIn(rows: readonly Row[], body: Record<string, unknown>, cell: FunnelCell): string[] {
  const table = tableOf(rows);
  return funnelActors(table, queryOf(body), cell, { now: T0 }).map((a) => table.actorIds[a]!);
}

const steps = (...events: (string | null)[]) => events.map((event) => ({ event }));
const counts = (result: FunnelResult | FunnelResult['breakdowns'][number]) =>
  result.steps.map((s) => s.count);
const means = (result: FunnelResult | FunnelResult['breakdowns'][number]) =>
  result.steps.map((s) => s.timeToConvertMs.mean);
const byValue = (result: FunnelResult) =>
  Object.fromEntries(result.breakdowns.map((b) => [String(b.value), counts(b)]));

describe('ordered funnels (test_funnel.py)', () => {
  const movieFunnel = { steps: steps('user signed up', 'paid', 'watched movie') };

  it('test_funnel_events: wrong order and skipped steps do not count', () => {
    const rows = [
      ...seq('stopped_after_signup', ['user signed up']),
      ...seq('stopped_after_pay', ['user signed up', 'paid']),
      ...seq('completed_movie', ['user signed up', 'paid', 'watched movie']),
      ...seq('just_did_movie', ['watched movie']),
      ...seq('wrong_order', ['paid', 'user signed up', 'watched movie']),
    ];
    // Entered: everyone with a signup (4). Paid after signup: stopped_after_pay, completed_movie.
    // wrong_order paid before signing up, so its signup → movie chain stops at step 0.
    expect(counts(run(rows, movieFunnel))).toEqual([4, 2, 1]);
  });

  it('test_funnel_with_any_event: event null matches every event', () => {
    const rows = [
      ...seq('p1', ['user signed up']),
      ...seq('p2', ['user signed up', 'watched movie']),
      ...seq('p3', ['user signed up', 'watched movie']),
      ...seq('p4', ['watched movie']),
      ...seq('p5', ['watched movie', 'user signed up', 'watched movie']),
    ];
    // Any 1, 2 or 3 events: 5 actors have ≥1 event, 3 have ≥2, 1 has 3.
    expect(counts(run(rows, { steps: steps(null, null, null) }))).toEqual([5, 3, 1]);
  });

  it('test_funnel_skipped_step: a later step without the one before does not count', () => {
    const rows = seq('wrong_order', ['user signed up', 'watched movie']);
    expect(counts(run(rows, movieFunnel))).toEqual([1, 0, 0]);
  });

  it('test_funnel_prop_filters_per_entity: property filters on each step', () => {
    const safari = { $browser: 'Safari' };
    const rows = [
      ...seq('with_property', [['user signed up', safari], ['paid', safari], 'watched movie']),
      ...seq('without_property', ['user signed up', ['paid', safari]]),
      ...seq('half_property', ['user signed up', 'paid', 'watched movie']),
    ];
    const body = {
      steps: [
        {
          event: 'user signed up',
          where: [
            { property: '$browser', op: 'eq', value: 'Safari' },
            { property: '$browser', op: 'neq', value: 'Chrome' },
          ],
        },
        { event: 'paid', where: [{ property: '$browser', op: 'eq', value: 'Safari' }] },
        { event: 'watched movie', where: [{ property: '$browser', op: 'eq', value: 'Firefox' }] },
      ],
    };
    // Only with_property has a Safari signup; its Safari payment counts; its movie has no Firefox.
    expect(counts(run(rows, body))).toEqual([1, 1, 0]);
  });

  it('test_funnel_multiple_actions: two steps on one event with different filters', () => {
    const rows = seq('person1', ['event1', ['event2', { test_propX: 'a' }]]);
    const body = {
      steps: [
        { event: 'event1' },
        { event: 'event2', where: [{ property: 'test_propX', op: 'eq', value: 'a' }] },
        { event: 'event2', where: [{ property: 'test_propX', op: 'eq', value: 'c' }] },
      ],
    };
    expect(counts(run(rows, body))).toEqual([1, 1, 0]);
  });

  it('test_basic_funnel_with_repeat_steps: A → A needs two A events', () => {
    const rows = [
      ...seq('two_signups', ['user signed up', 'user signed up']),
      ...seq('one_signup', ['user signed up']),
    ];
    const body = { steps: steps('user signed up', 'user signed up') };
    expect(counts(run(rows, body))).toEqual([2, 1]);
    expect(actorsIn(rows, body, { step: 1 })).toEqual(['two_signups']);
  });

  it('test_basic_funnel_with_derivative_steps: a filtered step then the same event unfiltered', () => {
    const rows = [
      ...seq('stopped_after_signup1', [['user signed up', { key: 'val' }], 'user signed up']),
      ...seq('stopped_after_signup2', [['user signed up', { key: 'val' }]]),
    ];
    const body = {
      steps: [
        { event: 'user signed up', where: [{ property: 'key', op: 'eq', value: 'val' }] },
        { event: 'user signed up' },
      ],
    };
    // The one event of signup2 satisfies both steps but may only be used once.
    expect(counts(run(rows, body))).toEqual([2, 1]);
  });

  const pageviews = { steps: steps('user signed up', '$pageview', '$pageview', '$pageview', '$pageview') };

  it('test_advanced_funnel_with_repeat_steps: each repeated step needs its own event', () => {
    const rows = [
      ...seq('signup_only', ['user signed up']),
      ...seq('pv1', ['user signed up', '$pageview']),
      ...seq('pv2', ['user signed up', '$pageview', 'blaah blaa', '$pageview']),
      ...seq('pv3', ['user signed up', '$pageview', 'blaah blaa', '$pageview', '$pageview', 'blaah blaa']),
      ...seq('pv4', ['user signed up', '$pageview', '$pageview', '$pageview', '$pageview']),
    ];
    // Furthest steps 0, 1, 2, 3, 4: counts fall by one per step.
    expect(counts(run(rows, pageviews))).toEqual([5, 4, 3, 2, 1]);
  });

  it('test_advanced_funnel_with_repeat_steps_out_of_order_events: pageviews before signup do not count', () => {
    const rows = [
      ...seq('p1', ['$pageview', 'user signed up']), // 0
      ...seq('p2', ['user signed up', '$pageview']), // 1
      ...seq('p3', ['$pageview', 'user signed up', 'blaah blaa', '$pageview']), // 1
      ...seq('p4', ['blaah blaa', '$pageview', 'blaah blaa', '$pageview', 'user signed up', '$pageview']), // 1
      ...seq('p5', ['user signed up', '$pageview', 'blaah blaa', '$pageview', '$pageview', '$pageview']), // 4
      ...seq('p6', ['$pageview', 'blaah blaa', '$pageview', '$pageview', '$pageview']), // never signed up
    ];
    expect(counts(run(rows, pageviews))).toEqual([5, 4, 1, 1, 1]);
  });

  it('test_funnel_with_matching_properties: repeated event with different property filters', () => {
    const url = (u: string) => ['$pageview', { $current_url: u }] as const;
    const rows = [
      ...seq('s1', ['user signed up']),
      ...seq('s2', ['user signed up', url('aloha.com')]),
      ...seq('s3', [
        'user signed up',
        url('aloha.com'),
        ['blaah blaa', { $current_url: 'aloha.com' }],
        url('aloha2.com'),
      ]),
      ...seq('s4', ['user signed up', url('aloha.com'), url('aloha2.com'), url('aloha2.com'), 'blaah blaa']),
      ...seq('s5', [
        'user signed up',
        url('aloha.com'),
        'blaah blaa',
        url('aloha2.com'),
        url('aloha.com'),
        url('aloha2.com'),
      ]),
    ];
    const where = (u: string) => [{ property: '$current_url', op: 'eq', value: u }];
    const body = {
      steps: [
        { event: 'user signed up' },
        { event: '$pageview', where: where('aloha.com') },
        { event: '$pageview', where: where('aloha2.com') },
        { event: '$pageview', where: where('aloha2.com') },
        { event: '$pageview' },
      ],
    };
    // s2 stops at 1, s3 at 2 (one aloha2). s4 and s5 reach 3 with a second aloha2 view (s5's
    // aloha.com in between satisfies no pending step); no pageview follows to reach step 4.
    expect(counts(run(rows, body))).toEqual([5, 4, 3, 2, 0]);
  });
});

describe('conversion window and time to convert', () => {
  it('test_funnel_conversion_window: step two 9 days later is outside a 7-day window', () => {
    const rows: Row[] = [];
    for (let i = 0; i < 10; i++) rows.push([`fast${i}`, 'step one', T0], [`fast${i}`, 'step two', T0 + D]);
    for (let i = 0; i < 15; i++)
      rows.push([`slow${i}`, 'step one', T0], [`slow${i}`, 'step two', T0 + 9 * D]);
    const body = { steps: steps('step one', 'step two', 'step three'), window: { value: 7, unit: 'day' } };
    expect(counts(run(rows, body))).toEqual([25, 10, 0]);
    expect(actorsIn(rows, body, { step: 1 })).toHaveLength(10);
  });

  it('test_funnel_conversion_window_seconds: a 15-second window', () => {
    const rows: Row[] = [];
    for (let i = 0; i < 10; i++)
      rows.push([`fast${i}`, 'step one', T0], [`fast${i}`, 'step two', T0 + 10 * S]);
    for (let i = 0; i < 15; i++)
      rows.push([`slow${i}`, 'step one', T0], [`slow${i}`, 'step two', T0 + 20 * S]);
    const body = {
      steps: steps('step one', 'step two', 'step three'),
      window: { value: 15, unit: 'second' },
    };
    expect(counts(run(rows, body))).toEqual([25, 10, 0]);
  });

  it('test_funnel_times_with_different_conversion_windows: the window edge is inclusive', () => {
    const rows: Row[] = [
      ['s1', 'user signed up', T0 + 14 * H],
      ['s1', 'pageview', T0 + 14 * H + 5 * M],
      ['s2', 'user signed up', T0 + 14 * H + 3 * M],
      ['s3', 'user signed up', T0 + 12 * H],
      ['s3', 'pageview', T0 + 12 * H + 15 * M],
    ];
    const body = { steps: steps('user signed up', 'pageview') };
    // 14 days: s1 in 5 min, s3 in 15 min → mean 10 min.
    const wide = run(rows, body);
    expect(counts(wide)).toEqual([3, 2]);
    expect(wide.steps[1]!.timeToConvertMs.mean).toBe(10 * M);
    // 5 minutes: only s1 (exactly 5 minutes still fits).
    const narrow = run(rows, { ...body, window: { value: 5, unit: 'minute' } });
    expect(counts(narrow)).toEqual([3, 1]);
    expect(narrow.steps[1]!.timeToConvertMs.mean).toBe(5 * M);
  });

  it('test_funnel_step_conversion_times: mean, median and p90 per step', () => {
    const rows: Row[] = [
      ['p1', 'sign up', at('2020-01-01T12:00:00Z')],
      ['p1', 'play movie', at('2020-01-01T13:00:00Z')],
      ['p1', 'buy', at('2020-01-01T15:00:00Z')],
      ['p2', 'sign up', at('2020-01-02T14:00:00Z')],
      ['p2', 'play movie', at('2020-01-02T16:00:00Z')],
      ['p3', 'sign up', at('2020-01-02T14:00:00Z')],
      ['p3', 'play movie', at('2020-01-02T16:00:00Z')],
      ['p3', 'buy', at('2020-01-02T17:00:00Z')],
    ];
    const body = {
      steps: steps('sign up', 'play movie', 'buy'),
      window: { value: 7, unit: 'day' },
      dateRange: { from: '2020-01-01T00:00:00Z', to: '2020-01-08T00:00:00Z' },
    };
    const result = run(rows, body);
    // Step 1: 1 h, 2 h, 2 h → mean 100 min (PostHog 6000 s), median 2 h, p90 = 2 h.
    expect(result.steps[1]!.timeToConvertMs).toEqual({ mean: 100 * M, median: 2 * H, p90: 2 * H });
    // Step 2: 2 h, 1 h → mean and median 1.5 h (5400 s); p90 = 1 h + 0.9 × 1 h = 1.9 h.
    expect(result.steps[2]!.timeToConvertMs).toEqual({ mean: 1.5 * H, median: 1.5 * H, p90: 1.9 * H });
    expect(result.steps[0]!.timeToConvertMs).toEqual({ mean: null, median: null, p90: null });
  });

  it('test_funnel_with_multiple_incomplete_tries: time comes from the attempt that converted', () => {
    const rows: Row[] = [
      ['person1', 'user signed up', T0 + H],
      ['person1', '$pageview', T0 + 2 * H],
      ['person1', 'something else', T0 + 3 * H],
      ['person1', 'user signed up', T0 + 2 * D + 4 * H],
      ['person1', '$pageview', T0 + 2 * D + 5 * H],
      ['person1', 'user signed up', T0 + 3 * D + 7 * H],
      ['person1', '$pageview', T0 + 3 * D + 10 * H],
    ];
    const body = {
      steps: steps('user signed up', '$pageview', 'something else'),
      window: { value: 1, unit: 'day' },
    };
    const result = run(rows, body);
    // The May 1 attempt completes (1 h, 1 h); the later partial tries are not averaged in.
    expect(counts(result)).toEqual([1, 1, 1]);
    expect(means(result)).toEqual([null, H, H]);
  });

  it('test_time_to_convert_funnel_ignores_breakdown: the newest start wins when extending', () => {
    const rows: Row[] = [
      ['user_1', 'a', T0 + 10 * M],
      ['user_1', 'b', T0 + 11 * M],
      ['user_2', 'a', T0 + M],
      ['user_2', 'a', T0 + 35 * M],
      ['user_2', 'b', T0 + 41 * M],
      ['user_3', 'a', T0 + M],
      ['user_3', 'a', T0 + 35 * M],
      ['user_3', 'a', T0 + 41 * M],
    ];
    const result = run(rows, { steps: steps('a', 'b'), window: { value: 10, unit: 'minute' } });
    // user_1: 1 min. user_2: the chain started at :35 converts at :41 (6 min). Mean 3.5 min (210 s).
    expect(result.steps[1]!.timeToConvertMs.mean).toBe(3.5 * M);
  });

  it('test_auto_bin_count_single_step_duplicate_events: repeated steps, time to step 1', () => {
    const rows: Row[] = [
      ['a', 'step one', at('2021-06-08T18:00:00Z')],
      ['a', 'step one', at('2021-06-08T19:00:00Z')],
      ['a', 'step one', at('2021-06-08T21:00:00Z')],
      ['b', 'step one', at('2021-06-09T13:00:00Z')],
      ['b', 'step one', at('2021-06-09T13:37:00Z')],
      ['c', 'step one', at('2021-06-11T07:00:00Z')],
      ['c', 'step one', at('2021-06-12T06:00:00Z')],
    ];
    const body = {
      steps: steps('step one', 'step one', 'step one'),
      window: { value: 7, unit: 'day' },
      dateRange: { from: '2021-06-07T00:00:00Z', to: '2021-06-13T23:59:59Z' },
    };
    const result = run(rows, body);
    // Step 1 times: 3600 s, 2220 s, 82800 s → mean 29540 s; median 3600 s.
    expect(result.steps[1]!.timeToConvertMs.mean).toBe(29_540 * S);
    expect(result.steps[1]!.timeToConvertMs.median).toBe(3_600 * S);
    expect(counts(result)).toEqual([3, 3, 1]);
  });

  it('test_funnel_window_ignores_dst_transition: a window is 14 × 24 h whatever the zone', () => {
    const rows: Row[] = [
      ['u', '$pageview', at('2024-03-01T15:10:00Z')],
      ['u', 'user signed up', at('2024-03-15T14:27:00Z')],
    ];
    const body = {
      steps: steps('$pageview', 'user signed up'),
      dateRange: { from: '2024-02-17T00:00:00Z', to: '2024-03-18T00:00:00Z' },
    };
    for (const timezone of ['UTC', 'US/Pacific']) {
      const result = run(rows, { ...body, timezone });
      expect(counts(result)).toEqual([1, 1]);
      expect(result.steps[1]!.timeToConvertMs.median).toBe(1_207_020 * S); // 13 d 23 h 17 min
    }
  });
});

describe('same timestamp', () => {
  it('test_same_event_same_timestamp: twenty identical step-one events at one instant', () => {
    const rows: Row[] = Array.from({ length: 20 }, () => ['test', 'step one', T0 + 12 * H] as const);
    rows.push(['test', 'step two', T0 + D + 12 * H]);
    expect(counts(run(rows, { steps: steps('step one', 'step two') }))).toEqual([1, 1]);
  });

  it('test_funnel_with_different_actions_at_same_time_count_as_converted: either order', () => {
    // Step 1 is stored before step 0, both at the same instant: they still convert, in 0 ms.
    const rows: Row[] = [
      ['p1', '$pageview', T0],
      ['p1', 'sign up', T0],
      ['p2', 'sign up', T0],
    ];
    const result = run(rows, { steps: steps('sign up', '$pageview') });
    expect(counts(result)).toEqual([2, 1]);
    expect(result.steps[1]!.timeToConvertMs.mean).toBe(0);
  });

  it('tied rows: an older chain may use a row before a chain started at that instant (counterexample)', () => {
    // Steps C, any event with p = x, A, A; window 18 min; range ends at 12 min.
    // C@11 → C@12 (as "any") → A@13: the chain from 11 min is at step 2. At 29 min C and A(p = x)
    // tie. A@29 as step 3 completes the 11-minute chain (18 min ≤ 18 min). PostHog's ascending pass
    // would first let the chain from 12 min take A@29 as its step 2, and report step 2 only —
    // while a strict funnel, where that newer chain was broken, reports step 3.
    const x = { p: 'x' };
    const rows: Row[] = [
      ['u', 'C', T0 + 11 * M, x],
      ['u', 'C', T0 + 12 * M, x],
      ['u', 'A', T0 + 13 * M],
      ['u', 'C', T0 + 29 * M, x],
      ['u', 'A', T0 + 29 * M, x],
    ];
    const body = {
      steps: [
        { event: 'C' },
        { event: null, where: [{ property: 'p', op: 'eq', value: 'x' }] },
        { event: 'A' },
        { event: 'A' },
      ],
      window: { value: 18, unit: 'minute' },
      dateRange: { from: '2021-05-01T00:00:00Z', to: '2021-05-01T00:12:00Z' },
    };
    expect(counts(run(rows, body))).toEqual([1, 1, 1, 1]);
    expect(counts(run(rows, { ...body, order: 'strict' }))).toEqual([1, 1, 1, 1]);
  });

  it('test_multiple_events_same_timestamp_exclusions: an exclusion tied with steps is ignored', () => {
    const rows: Row[] = [['test', 'step zero', T0 + 12 * H]];
    for (let i = 0; i < 30; i++) rows.push(['test', 'step one', T0 + 12 * H + M]);
    rows.push(
      ['test', 'exclusion', T0 + 12 * H + M],
      ['test', 'step two', T0 + 12 * H + M],
      ['test', 'step three', T0 + 12 * H + 2 * M],
    );
    for (const [fromStep, toStep] of [
      [0, 1],
      [1, 2],
    ]) {
      const body = {
        steps: steps('step zero', 'step one', 'step two', 'step three'),
        exclusions: [{ event: 'exclusion', fromStep, toStep }],
        exclusionMode: 'disqualify_person',
      };
      // Whether the exclusion came before or after step one is unknown: benefit of the doubt.
      expect(counts(run(rows, body))).toEqual([1, 1, 1, 1]);
    }
  });
});

describe('exclusions', () => {
  const twoSteps = { steps: steps('user signed up', 'paid') };
  const disqualify = { exclusionMode: 'disqualify_person' };

  it('test_funnel_exclusion_no_end_event: both modes', () => {
    const rows: Row[] = [
      ['person1', 'user signed up', T0 + H],
      ['person1', 'paid', T0 + 2 * H],
      ['person2', 'user signed up', T0 + 3 * H],
      ['person2', 'x', T0 + 3.5 * H],
      ['person2', 'paid', T0 + 4 * H],
      ['person3', 'user signed up', T0 + 5 * H],
      ['person3', 'x', T0 + 6 * H],
      ['person4', 'user signed up', T0 + 7 * H],
      ['person4', 'x', T0 + D + 8 * H], // 25 h later: outside the 1-day window
    ];
    const body = {
      ...twoSteps,
      window: { value: 1, unit: 'day' },
      exclusions: [{ event: 'x', fromStep: 0, toStep: 1 }],
    };
    // disqualify_person (PostHog): person2 and person3 are excluded inside their window and leave the
    // funnel entirely; person4's x is outside the window. Entered: person1, person4.
    expect(counts(run(rows, { ...body, ...disqualify }))).toEqual([2, 1]);
    expect(actorsIn(rows, { ...body, ...disqualify }, { step: 0 })).toEqual(['person1', 'person4']);
    // end_attempt (default): person2's and person3's attempts end at x but they did sign up.
    expect(counts(run(rows, body))).toEqual([4, 1]);
  });

  it('test_funnel_exclusion_multiple_possible_no_end_event1/2/3: which chain the exclusion hits', () => {
    const body = {
      steps: steps('step one', 'step two'),
      window: { value: 10, unit: 'second' },
      exclusions: [{ event: 'exclusion', fromStep: 0, toStep: 1 }],
      ...disqualify,
    };
    // 1: the first chain is excluded; a clean chain at 31 s reaches the same step and replaces it.
    const first: Row[] = [
      ['u', 'step one', T0],
      ['u', 'exclusion', T0 + S],
      ['u', 'step one', T0 + 31 * S],
    ];
    expect(counts(run(first, body))).toEqual([1, 0]);
    // 2: the furthest chain (the first to reach step 0, at 0 s) is 32 s before the exclusion: not hit.
    const second: Row[] = [
      ['u', 'step one', T0],
      ['u', 'step one', T0 + 31 * S],
      ['u', 'exclusion', T0 + 32 * S],
    ];
    expect(counts(run(second, body))).toEqual([1, 0]);
    // 3: the exclusion at 2 s is within 10 s of the furthest chain's start: the actor is dropped.
    const third: Row[] = [
      ['u', 'step one', T0],
      ['u', 'step one', T0 + S],
      ['u', 'exclusion', T0 + 2 * S],
    ];
    expect(counts(run(third, body))).toEqual([0, 0]);
    expect(counts(run(third, { ...body, exclusionMode: 'end_attempt' }))).toEqual([1, 0]);
  });

  it('test_short_exclusions: a later clean attempt converts', () => {
    const rows: Row[] = [
      ['u', 'step one', T0],
      ['u', 'exclusion', T0 + S],
      ['u', 'step two', T0 + 31 * S],
      ['u', 'step one', T0 + H],
      ['u', 'step two', T0 + H + 29 * S],
    ];
    const body = {
      steps: steps('step one', 'step two'),
      window: { value: 30, unit: 'second' },
      exclusions: [{ event: 'exclusion', fromStep: 0, toStep: 1 }],
    };
    for (const mode of ['disqualify_person', 'end_attempt']) {
      const result = run(rows, { ...body, exclusionMode: mode });
      expect(counts(result)).toEqual([1, 1]);
      expect(result.steps[1]!.timeToConvertMs.mean).toBe(29 * S);
    }
  });

  it('test_excluded_completion: an excluded chain that completes disqualifies (PostHog)', () => {
    const rows: Row[] = [
      ['u', 'step one', T0],
      ['u', 'exclusion', T0 + 11 * S], // 11 s: outside the first chain's window
      ['u', 'step one', T0 + 12 * S],
      ['u', 'exclusion', T0 + 13 * S],
      ['u', 'step two', T0 + 14 * S],
    ];
    const body = {
      steps: steps('step one', 'step two'),
      window: { value: 10, unit: 'second' },
      exclusions: [{ event: 'exclusion', fromStep: 0, toStep: 1 }],
    };
    // disqualify: the chain from 12 s is excluded at 13 s and still reaches step 1 at 14 s; being the
    // furthest chain, it drops the actor. end_attempt: that attempt ends at 13 s; step 0 remains.
    expect(counts(run(rows, { ...body, ...disqualify }))).toEqual([0, 0]);
    expect(counts(run(rows, body))).toEqual([1, 0]);
  });

  it('test_exclusion_with_property_filter: exclusions with where conditions', () => {
    const rows: Row[] = [
      ['user_excluded', 'step one', T0],
      ['user_excluded', 'exclusion', T0 + S, { exclude_me: 'true' }],
      ['user_excluded', 'step two', T0 + 2 * S],
      ['user_excluded_also', 'step one', T0],
      ['user_excluded_also', 'exclusion', T0 + S, { exclude_me: 'yes' }],
      ['user_excluded_also', 'step two', T0 + 2 * S],
      ['user_first_step', 'step one', T0],
      ['user_included', 'step one', T0],
      ['user_included', 'exclusion', T0 + S, { exclude_me: 'false' }],
      ['user_included', 'step two', T0 + 2 * S],
    ];
    const exclusion = (value: string) => ({
      event: 'exclusion',
      where: [{ property: 'exclude_me', op: 'eq', value }],
      fromStep: 0,
      toStep: 1,
    });
    const body = {
      steps: steps('step one', 'step two'),
      window: { value: 10, unit: 'second' },
      exclusions: [exclusion('true'), exclusion('yes')],
      ...disqualify,
    };
    expect(counts(run(rows, body))).toEqual([2, 1]);
  });

  const fiveSteps = steps('user signed up', '$pageview', 'insight viewed', 'invite teammate', 'pageview2');
  const hours = (actor: string, timeline: readonly (readonly [string, number])[]): Row[] =>
    timeline.map(([event, h]) => [actor, event, T0 + h * H]);
  const betweenSteps = [
    ...hours('person1', [
      ['user signed up', 1],
      ['$pageview', 2],
      ['x', 3],
      ['insight viewed', 4],
      ['x', 4.5],
      ['invite teammate', 5],
      ['x', 5.5],
      ['pageview2', 6],
    ]),
    ...hours('person2', [
      ['user signed up', 1],
      ['$pageview', 2],
      ['insight viewed', 4],
      ['x', 4.5],
      ['invite teammate', 5],
      ['x', 5.5],
      ['pageview2', 6],
    ]),
    ...hours('person3', [
      ['user signed up', 1],
      ['x', 1.5],
      ['$pageview', 2],
      ['insight viewed', 4],
      ['invite teammate', 5],
      ['x', 5.5],
      ['pageview2', 6],
    ]),
  ];

  it('test_advanced_funnel_exclusions_between_steps: disqualify_person', () => {
    const cases: [from: number, to: number, expected: number[], counted: string[]][] = [
      [0, 1, [2, 2, 2, 2, 2], ['person1', 'person2']], // person3's x at 1:30 is before its pageview
      [1, 2, [2, 2, 2, 2, 2], ['person2', 'person3']], // person1's x at 3:00 is between pageview and insight
      [2, 3, [1, 1, 1, 1, 1], ['person3']], // x at 4:30 hits person1 and person2
      [3, 4, [0, 0, 0, 0, 0], []], // x at 5:30 hits everyone
      [1, 3, [1, 1, 1, 1, 1], ['person3']], // gaps 2 and 3: person1 (3:00) and person2 (4:30)
    ];
    for (const [fromStep, toStep, expected, counted] of cases) {
      const body = { steps: fiveSteps, exclusions: [{ event: 'x', fromStep, toStep }], ...disqualify };
      expect(counts(run(betweenSteps, body))).toEqual(expected);
      expect(actorsIn(betweenSteps, body, { step: 0 })).toEqual(counted);
    }
  });

  it('test_advanced_funnel_exclusions_between_steps: end_attempt keeps what was reached', () => {
    // 0→1: person3 stops at step 0. 1→2: person1 stops at step 1. Nobody leaves the funnel.
    expect(
      counts(run(betweenSteps, { steps: fiveSteps, exclusions: [{ event: 'x', fromStep: 0, toStep: 1 }] })),
    ).toEqual([3, 2, 2, 2, 2]);
    expect(
      counts(run(betweenSteps, { steps: fiveSteps, exclusions: [{ event: 'x', fromStep: 1, toStep: 2 }] })),
    ).toEqual([3, 3, 2, 2, 2]);
    expect(
      actorsIn(
        betweenSteps,
        { steps: fiveSteps, exclusions: [{ event: 'x', fromStep: 1, toStep: 2 }] },
        { step: 2, dropped: true },
      ),
    ).toEqual(['person1']);
  });

  it('test_advanced_funnel_multiple_exclusions_between_steps: x on 0→1, y on 2→3', () => {
    const rows = [
      ...hours('person1', [
        ['user signed up', 1],
        ['x', 2],
        ['$pageview', 3],
        ['insight viewed', 4],
        ['y', 4.5],
        ['invite teammate', 5],
        ['pageview2', 6],
      ]),
      ...hours('person2', [
        ['user signed up', 1],
        ['y', 1.5],
        ['$pageview', 2],
        ['insight viewed', 4],
        ['y', 4.5],
        ['invite teammate', 5],
        ['x', 5.5],
        ['pageview2', 6],
      ]),
      ...hours('person3', [
        ['user signed up', 1],
        ['x', 1.5],
        ['$pageview', 2],
        ['insight viewed', 4],
        ['invite teammate', 5],
        ['x', 5.5],
        ['pageview2', 6],
      ]),
      ...hours('person4', [
        ['user signed up', 1],
        ['$pageview', 2],
        ['insight viewed', 4],
        ['invite teammate', 5],
        ['pageview2', 6],
      ]),
    ];
    const exclusions = [
      { event: 'x', fromStep: 0, toStep: 1 },
      { event: 'y', fromStep: 2, toStep: 3 },
    ];
    // person1 and person3: x before the pageview; person2: y after insight viewed. Only person4 is clean.
    expect(counts(run(rows, { steps: fiveSteps, exclusions, ...disqualify }))).toEqual([1, 1, 1, 1, 1]);
    // end_attempt: person1 and person3 stop at 0, person2 at 2 (its first y came before any chain
    // reached step 2), person4 completes.
    expect(counts(run(rows, { steps: fiveSteps, exclusions }))).toEqual([4, 2, 2, 1, 1]);
  });
});

describe('strict funnels (test_funnel_strict.py)', () => {
  const three = { steps: steps('user signed up', '$pageview', 'insight viewed'), order: 'strict' };
  const basic = [
    ...seq('p1', ['user signed up']),
    ...seq('p2', ['$pageview', 'user signed up']),
    ...seq('p3', ['user signed up', '$pageview', 'blaah blaa', 'insight viewed']),
    ...seq('p4', ['insight viewed', 'blaah blaa', '$pageview', 'user signed up']),
    ...seq('p5', ['$pageview', 'user signed up', 'blaah blaa', '$pageview', 'insight viewed']),
    ...seq('p6', ['blaah blaa', 'user signed up', 'blaah blaa', '$pageview']),
    ...seq('p7', ['blaah blaa', 'user signed up', '$pageview', 'insight viewed', 'blaah blaa']),
    ...seq('p8', ['insight viewed', '$pageview']),
  ];

  it('test_basic_strict_funnel: any other event between two steps breaks the chain', () => {
    // p3: "blaah" between pageview and insight → 1. p5, p6: "blaah" right after signup → 0.
    // p7: signup, pageview, insight back to back → 2. p8 never signed up.
    expect(counts(run(basic, three))).toEqual([7, 2, 1]);
    expect(actorsIn(basic, three, { step: 1 })).toEqual(['p3', 'p7']);
    // The same people in an ordered funnel: p5 and p6 are no longer broken by "blaah".
    expect(counts(run(basic, { ...three, order: 'ordered' }))).toEqual([7, 4, 3]);
  });

  it('test_advanced_strict_funnel: filtered steps; a non-matching same-name event breaks too', () => {
    const val = { key: 'val' };
    const rows = [
      ...seq('p1', ['user signed up']),
      ...seq('p2', ['user signed up', '$pageview']),
      ...seq('p3', [
        'user signed up',
        ['sign up', val],
        ['sign up', { key: 'val2' }],
        '$pageview',
        'blaah blaa',
        'insight viewed',
      ]),
      ...seq('p4', ['blaah blaa', 'user signed up', ['sign up', val], ['$pageview', val], 'blaah blaa']),
      ...seq('p5', ['blaah blaa', 'user signed up', ['sign up', val], '$pageview', 'blaah blaa']),
      ...seq('p6', [
        'blaah blaa',
        'user signed up',
        ['sign up', val],
        '$pageview',
        ['pageview', { key: 'val1' }],
      ]),
      ...seq('p7', [
        'blaah blaa',
        'user signed up',
        ['sign up', val],
        '$pageview',
        'user signed up',
        ['pageview', val],
      ]),
      ...seq('p8', [
        'blaah blaa',
        'user signed up',
        'user signed up',
        ['sign up', val],
        '$pageview',
        ['pageview', val],
      ]),
    ];
    const keyVal = [{ property: 'key', op: 'eq', value: 'val' }];
    const body = {
      order: 'strict',
      steps: [
        { event: 'user signed up' },
        { event: 'sign up', where: keyVal },
        { event: '$pageview' },
        { event: 'pageview', where: keyVal },
      ],
    };
    // p3: sign up val2 breaks after step 1. p4–p7 reach $pageview (p7's second signup restarts the
    // chain, so its pageview has no step 2 before it). p8's two signups: the second starts a chain.
    expect(counts(run(rows, body))).toEqual([8, 6, 5, 1]);
  });

  it('test_basic_strict_funnel_conversion_times', () => {
    const rows: Row[] = [
      ['p1', 'user signed up', T0 + D],
      ['p2', 'user signed up', T0 + D],
      ['p2', '$pageview', T0 + D + H],
      ['p3', 'user signed up', T0 + D],
      ['p3', '$pageview', T0 + D + 2 * H],
      ['p3', 'insight viewed', T0 + D + 4 * H],
    ];
    const result = run(rows, three);
    expect(counts(result)).toEqual([3, 2, 1]);
    expect(means(result)).toEqual([null, 1.5 * H, 2 * H]); // (1 h + 2 h) / 2; 2 h
  });

  it('test_strict_breakdown_events_with_multiple_properties', () => {
    const rows: Row[] = [
      ['person1', 'sign up', at('2020-01-01T12:00:00Z'), { $browser: 'Chrome' }],
      ['person1', 'blah', at('2020-01-01T13:00:00Z'), { $browser: 'Chrome' }],
      ['person1', 'play movie', at('2020-01-01T14:00:00Z'), { $browser: 'Chrome' }],
      ['person2', 'sign up', at('2020-01-02T13:00:00Z'), { $browser: 'Safari' }],
      ['person2', 'play movie', at('2020-01-02T14:00:00Z'), { $browser: 'Safari' }],
    ];
    const result = run(rows, {
      order: 'strict',
      steps: steps('sign up', 'play movie'),
      window: { value: 7, unit: 'day' },
      dateRange: { from: '2020-01-01T00:00:00Z', to: '2020-01-08T00:00:00Z' },
      breakdown: { property: '$browser' },
    });
    // Equal entries; Safari converted, so it is listed first.
    expect(result.breakdowns.map((b) => [b.value, counts(b), b.steps[1]!.timeToConvertMs.mean])).toEqual([
      ['Safari', [1, 1], H],
      ['Chrome', [1, 0], null],
    ]);
  });
});

describe('unordered funnels (test_funnel_unordered.py)', () => {
  const three = { steps: steps('user signed up', '$pageview', 'insight viewed'), order: 'unordered' };
  const basic = [
    ...seq('p1', ['user signed up']),
    ...seq('p2', ['$pageview', 'user signed up']),
    ...seq('p3', ['user signed up', '$pageview', 'blaah blaa', 'insight viewed']),
    ...seq('p4', ['insight viewed', '$pageview', 'user signed up']),
    ...seq('p5', ['$pageview', 'user signed up', 'blaah blaa', 'insight viewed']),
    ...seq('p6', ['blaah blaa', 'insight viewed']),
    ...seq('p7', ['$pageview', 'blaah blaa']),
    ...seq('p8', ['insight viewed', '$pageview']),
  ];

  it('test_basic_unordered_funnel: any k of the steps, named "Completed k steps"', () => {
    const result = run(basic, three);
    expect(counts(result)).toEqual([8, 5, 3]);
    expect(result.steps.map((s) => s.name)).toEqual([
      'Completed 1 step',
      'Completed 2 steps',
      'Completed 3 steps',
    ]);
    // PostHog's funnelStep −2 / −3: dropped before the second / third step.
    expect(actorsIn(basic, three, { step: 1, dropped: true })).toEqual(['p1', 'p6', 'p7']);
    expect(actorsIn(basic, three, { step: 2, dropped: true })).toEqual(['p2', 'p8']);
  });

  it('test_big_multi_step_unordered_funnel', () => {
    const rows = [
      ...seq('p1', ['user signed up']),
      ...seq('p2', ['$pageview', 'crying']),
      ...seq('p3', ['user signed up', '$pageview', 'blaah blaa', 'insight viewed']),
      ...seq('p4', ['insight viewed', 'crying', 'user signed up']),
      ...seq('p5', ['$pageview', 'user signed up', 'crying', 'insight viewed']),
      ...seq('p6', ['blaah blaa', 'insight viewed']),
      ...seq('p7', ['$pageview', 'blaah blaa']),
      ...seq('p8', ['insight viewed', '$pageview']),
    ];
    const body = {
      steps: steps('user signed up', '$pageview', 'insight viewed', 'crying'),
      order: 'unordered',
    };
    expect(counts(run(rows, body))).toEqual([8, 5, 3, 1]);
  });

  it('test_basic_unordered_funnel_conversion_times: times between distinct steps in time order', () => {
    const rows: Row[] = [
      ['p1', 'user signed up', T0 + D],
      ['p2', '$pageview', T0 + D],
      ['p2', 'user signed up', T0 + D + H],
      ['p3', 'insight viewed', T0 + D],
      ['p3', 'user signed up', T0 + D + 2 * H],
      ['p3', '$pageview', T0 + D + 4 * H],
      ['p3', '$pageview', T0 + 2 * D],
      ['p3', 'insight viewed', T0 + 2 * D + 3 * H],
      ['p3', 'user signed up', T0 + 2 * D + 6 * H],
    ];
    const result = run(rows, { ...three, window: { value: 1, unit: 'day' } });
    // The first completion counts (as the UDF): p2 1 h, p3 2 h then 2 h.
    expect(counts(result)).toEqual([3, 2, 1]);
    expect(means(result)).toEqual([null, 1.5 * H, 2 * H]);
  });

  it('test_funnel_exclusions_full_window (unordered)', () => {
    const rows: Row[] = [
      ['person1', 'user signed up', T0 + H],
      ['person1', 'paid', T0 + 2 * H],
      ['person2', 'user signed up', T0 + 3 * H],
      ['person2', 'x', T0 + 3.5 * H],
      ['person2', 'paid', T0 + 4 * H],
      ['person3', 'user signed up', T0 + 5 * H],
      ['person3', 'paid', T0 + 6 * H],
    ];
    const body = {
      steps: steps('user signed up', 'paid'),
      order: 'unordered',
      exclusions: [{ event: 'x', fromStep: 0, toStep: 1 }],
    };
    // person2's window is cut by x: 1 step before it, 1 step after it.
    // disqualify: its excluded 1-step window is replaced by the clean one after x.
    for (const exclusionMode of ['end_attempt', 'disqualify_person']) {
      expect(counts(run(rows, { ...body, exclusionMode }))).toEqual([3, 2]);
    }
  });

  it('test_advanced_funnel_multiple_exclusions_between_steps (unordered; differs from PostHog)', () => {
    const hours = (actor: string, timeline: readonly (readonly [string, number])[]): Row[] =>
      timeline.map(([event, h]) => [actor, event, T0 + h * H]);
    const rows = [
      ...hours('person1', [
        ['user signed up', 1],
        ['x', 2],
        ['$pageview', 3],
        ['insight viewed', 4],
        ['y', 4.5],
        ['invite teammate', 5],
        ['pageview2', 6],
      ]),
      ...hours('person2', [
        ['user signed up', 1],
        ['y', 1.5],
        ['$pageview', 2],
        ['insight viewed', 4],
        ['y', 4.5],
        ['invite teammate', 5],
        ['x', 5.5],
        ['pageview2', 6],
      ]),
      ...hours('person3', [
        ['user signed up', 1],
        ['x', 1.5],
        ['$pageview', 2],
        ['insight viewed', 4],
        ['invite teammate', 5],
        ['x', 5.5],
        ['pageview2', 6],
      ]),
      ...hours('person4', [
        ['user signed up', 1],
        ['$pageview', 2],
        ['insight viewed', 4],
        ['invite teammate', 5],
        ['pageview2', 6],
      ]),
      ...hours('person5', [
        ['user signed up', 1],
        ['x', 1.5],
        ['$pageview', 2],
        ['x', 2.5],
        ['insight viewed', 4],
        ['y', 4.5],
        ['invite teammate', 5],
        ['x', 5.5],
        ['pageview2', 6],
      ]),
    ];
    const body = {
      steps: steps('user signed up', '$pageview', 'insight viewed', 'invite teammate', 'pageview2'),
      order: 'unordered',
      exclusions: [
        { event: 'x', fromStep: 0, toStep: 4 },
        { event: 'y', fromStep: 0, toStep: 4 },
      ],
    };
    // Windows between exclusions: person1 {signup} {pv, insight} {invite, pv2} → 2 steps;
    // person2 {signup} {pv, insight} {invite} {pv2} → 2; person3 {signup} {pv, insight, invite} {pv2}
    // → 3; person4 → 5; person5 only single-step windows → 1.
    expect(counts(run(rows, body))).toEqual([5, 4, 2, 1, 1]);
    // disqualify: person2's and person3's best window is cut by an exclusion and no later window
    // matches it → dropped. person1's cut 2-step window is matched by {invite, pv2}; person5's by
    // {pv2}. PostHog reports [5, 2, 1, 1, 1]: its UDF forgets a window's progress when an exclusion
    // cuts it before a later event slides it, which neither of our modes does.
    expect(counts(run(rows, { ...body, exclusionMode: 'disqualify_person' }))).toEqual([3, 2, 1, 1, 1]);
  });

  it('unordered counts exactly when an event satisfies several steps (property-test counterexample)', () => {
    // Steps A, any event, C; window 3 min. A@1 → X@2 → C@4 is an ordered conversion (3 min).
    // PostHog's greedy UDF puts A@1 on the "any event" step because A@0 already holds step 0, then
    // loses A@0 to the window and reports 2. Matching A@1 to step 0 and X@2 to "any" gives 3.
    const rows: Row[] = [
      ['u', 'A', T0],
      ['u', 'A', T0 + M],
      ['u', 'X', T0 + 2 * M],
      ['u', 'C', T0 + 4 * M],
    ];
    const body = {
      steps: steps('A', null, 'C'),
      window: { value: 3, unit: 'minute' },
      dateRange: { from: '2021-05-01T00:00:00Z', to: '2021-05-01T00:02:00Z' },
    };
    expect(counts(run(rows, body))).toEqual([1, 1, 1]);
    expect(counts(run(rows, { ...body, order: 'unordered' }))).toEqual([1, 1, 1]);
  });

  it('test_unordered_exclusion_after_completion: an exclusion after completion changes nothing', () => {
    const rows: Row[] = [
      ['p', 'user signed up', T0 + H],
      ['p', 'paid', T0 + 2 * H],
      ['p', 'left', T0 + 3 * H],
      ['p', 'x', T0 + 4 * H],
      ['p', 'left', T0 + 5 * H],
    ];
    const body = {
      steps: steps('user signed up', 'paid', 'left'),
      order: 'unordered',
      exclusions: [{ event: 'x', fromStep: 0, toStep: 2 }],
      exclusionMode: 'disqualify_person',
    };
    expect(counts(run(rows, body))).toEqual([1, 1, 1]);
  });

  it('test_funnel_step_breakdown_event_single_person_events_with_multiple_properties (unordered, all_events)', () => {
    const rows: Row[] = [
      ['person1', 'sign up', at('2020-01-01T12:00:00Z'), { $browser: 'Chrome' }],
      ['person1', 'sign up', at('2020-01-02T13:00:00Z'), { $browser: 'Safari' }],
      ['person1', 'play movie', at('2020-01-02T14:00:00Z'), { $browser: 'Safari' }],
    ];
    const result = run(rows, {
      steps: steps('sign up', 'play movie'),
      order: 'unordered',
      window: { value: 7, unit: 'day' },
      dateRange: { from: '2020-01-01T00:00:00Z', to: '2020-01-08T00:00:00Z' },
      breakdown: { property: '$browser', attribution: 'all_events' },
    });
    // Safari events alone: sign up then play movie 1 h later. Chrome events alone: one step.
    expect(byValue(result)).toEqual({ Safari: [1, 1], Chrome: [1, 0] });
    expect(result.breakdowns[0]!.steps[1]!.timeToConvertMs.mean).toBe(H);
    expect(counts(result)).toEqual([1, 1]);
  });
});

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
