// Exclusion steps.
// Scenarios from PostHog's funnel tests and the reference rules (see funnel-scenarios.testkit.ts).
import { describe, expect, it } from 'vitest';
import { T0, S, H, D, run, actorsIn, steps, counts, type Row } from './funnel-scenarios.testkit.js';

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
