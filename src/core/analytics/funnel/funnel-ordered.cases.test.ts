// Ordered funnels, the conversion window and time to convert, and events at one timestamp.
// Scenarios from PostHog's funnel tests and the reference rules (see funnel-scenarios.testkit.ts).
import { describe, expect, it } from 'vitest';
import {
  T0,
  S,
  M,
  H,
  D,
  seq,
  at,
  run,
  actorsIn,
  steps,
  counts,
  means,
  type Row,
} from './funnel-scenarios.testkit.js';

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
