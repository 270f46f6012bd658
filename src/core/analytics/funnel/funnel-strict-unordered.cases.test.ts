// Strict and unordered funnels.
// Scenarios from PostHog's funnel tests and the reference rules (see funnel-scenarios.testkit.ts).
import { describe, expect, it } from 'vitest';
import {
  T0,
  M,
  H,
  D,
  at,
  run,
  actorsIn,
  steps,
  counts,
  means,
  byValue,
  type Row,
  seq,
} from './funnel-scenarios.testkit.js';

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
