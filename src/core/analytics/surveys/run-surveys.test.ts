import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { emptySurveyComponents, mergeSurveyComponents, readSurveyMetrics } from './survey-components.js';
import { surveyQuerySchema } from './survey-query.js';
import { runSurveys, surveyActors } from './run-surveys.js';

const T0 = Date.parse('2026-03-02T12:00:00.000Z'); // a Monday
const DAY = 86_400_000;
const now = Date.parse('2026-04-01T00:00:00Z');
const range = { from: '2026-03-01T00:00:00Z', to: '2026-03-31T23:59:59.999Z' };
const query = (extra: Record<string, unknown> = {}) =>
  surveyQuerySchema.parse({ dateRange: range, ...extra });

let n = 0;
const answer = (properties: Record<string, unknown>, actorId = `p${++n}`, at = T0): ActorEventInput => ({
  actorId,
  event: 'Survey Responded',
  timestamp: at,
  properties,
});
const nps = (score: number, extra: Record<string, unknown> = {}, actorId?: string, at?: number) =>
  answer({ survey_type: 'nps', score, ...extra }, actorId, at);
const run = (rows: ActorEventInput[], extra?: Record<string, unknown>, mask?: Uint8Array) =>
  runSurveys(buildActorEvents(rows), query(extra), { now, mask });

describe('runSurveys', () => {
  it('counts NPS promoters, passives and detractors and reads NPS in points', () => {
    // 10, 9, 10 promoters; 8, 7 passives; 6, 0 detractors → 100 · (3 − 2) / 7 ≈ 14.29.
    const result = run([10, 9, 8, 7, 6, 0, 10].map((score) => nps(score)));
    expect(result.nps).toMatchObject({ promoters: 3, passives: 2, detractors: 2, responses: 7 });
    expect(result.nps.score).toBeCloseTo(100 / 7);
    expect(result.csat.score).toBeNull(); // no CSAT responses
    expect(result.ces.score).toBeNull();
  });

  it('stores the CSAT distribution and reads top-2-box as a fraction; CES as a mean', () => {
    const rows = [
      ...[5, 4, 3, 2, 1, 5].map((rating) => answer({ survey_type: 'csat', rating })),
      ...[7, 5, 6].map((score) => answer({ survey_type: 'CES', score })),
    ];
    const result = run(rows);
    // 4s and 5s: 5, 4, 5 = 3 of 6.
    expect(result.csat).toMatchObject({
      veryUnsatisfied: 1,
      unsatisfied: 1,
      neutral: 1,
      satisfied: 1,
      verySatisfied: 2,
    });
    expect(result.csat.score).toBe(0.5);
    expect(result.ces).toEqual({ scoreSum: 18, respondents: 3, score: 6 }); // (7 + 5 + 6) / 3
  });

  it('accepts the documented shapes and counts the rest as invalid', () => {
    const rows = [
      answer({ type: 'nps', response: '9' }), // `type` + numeric-string `response` → promoter
      answer({ survey_id: 'nps_post_purchase', score: 3 }), // kind from the survey id (the demo's shape) → detractor
      answer({ survey_name: 'Checkout CES', score: 2 }), // kind from the name token → CES 2
      answer({ survey_type: 'nps', score: 11 }), // out of scale
      answer({ survey_type: 'csat', score: 4.5 }), // CSAT must be whole
      answer({ score: 8 }), // no kind
      answer({ survey_id: 'synopsis', score: 8 }), // "nps" inside a word is no token
      answer({ survey_type: 'nps' }), // no score
    ];
    const result = run(rows);
    expect(result.nps).toMatchObject({ promoters: 1, detractors: 1, responses: 2 });
    expect(result.ces).toMatchObject({ respondents: 1, scoreSum: 2 });
    expect(result.invalidResponses).toBe(5);
  });

  it('breaks down by a property, most responses first, absent values as null', () => {
    const rows = [
      nps(10, { touchpoint: 'delivery' }),
      nps(0, { touchpoint: 'delivery' }),
      nps(9, { touchpoint: 'delivery' }),
      nps(9, { touchpoint: 'checkout' }),
      nps(5),
    ];
    const result = run(rows, { breakdown: { property: 'touchpoint' } });
    // delivery: 2 promoters, 1 detractor of 3 → 33.3; then checkout (1) and null (1) in name order ("" < "checkout").
    expect(result.breakdowns?.map((b) => [b.value, b.nps.responses, Math.round(b.nps.score!)])).toEqual([
      ['delivery', 3, 33],
      [null, 1, -100],
      ['checkout', 1, 100],
    ]);
  });

  it('breaks down by calendar period in the query time zone', () => {
    // Sunday 2026-03-01 23:30 UTC is Monday 00:30 in Berlin (UTC+1).
    const late = Date.parse('2026-03-01T23:30:00Z');
    const rows = [nps(10, {}, 'a', late), nps(0, {}, 'b', T0 + 7 * DAY)];
    const utc = run(rows, { period: 'week' });
    // UTC weeks overlapping March: Feb 23 (holds the Sunday answer), Mar 2, 9, 16, 23, 30.
    expect(utc.periods?.map((p) => [p.start, p.nps.responses])).toEqual([
      ['2026-02-23T00:00:00.000Z', 1],
      ['2026-03-02T00:00:00.000Z', 0],
      ['2026-03-09T00:00:00.000Z', 1],
      ['2026-03-16T00:00:00.000Z', 0],
      ['2026-03-23T00:00:00.000Z', 0],
      ['2026-03-30T00:00:00.000Z', 0],
    ]);
    const berlin = run(rows, { period: 'week', timezone: 'Europe/Berlin' });
    // Range from Mar 1 00:00 UTC = Mar 1 01:00 Berlin, in the week of Mon Feb 23 (Berlin midnight = 23:00 UTC).
    expect(berlin.periods?.[0]?.start).toBe('2026-02-22T23:00:00.000Z');
    expect(berlin.periods?.[1]).toMatchObject({ start: '2026-03-01T23:00:00.000Z', nps: { promoters: 1 } });
  });

  it('counts only responses in range from unmasked actors', () => {
    const rows = [
      nps(10, {}, 'a'),
      nps(0, {}, 'b'),
      nps(0, {}, 'c', Date.parse('2026-04-02T00:00:00Z')), // after the range
    ];
    expect(run(rows).nps.responses).toBe(2);
    expect(run(rows, {}, Uint8Array.of(1, 0, 1)).nps).toMatchObject({ promoters: 1, responses: 1 }); // b masked
  });

  it('narrows responses with `where` and clicks through to respondents', () => {
    const rows = [
      nps(10, { survey_id: 's1' }, 'a'),
      nps(2, { survey_id: 's1' }, 'b'),
      nps(3, { survey_id: 's2' }, 'c'),
    ];
    const where = [{ property: 'survey_id', op: 'eq', value: 's1' }];
    expect(run(rows, { where }).nps).toMatchObject({ promoters: 1, detractors: 1 });
    const table = buildActorEvents(rows);
    const detractors = surveyActors(table, query(), { type: 'nps', answer: 'detractors' }, { now });
    expect(detractors.map((a) => table.actorIds[a])).toEqual(['b', 'c']);
    const s1Detractors = surveyActors(table, query({ where }), { answer: 'detractors' }, { now });
    expect(s1Detractors.map((a) => table.actorIds[a])).toEqual(['b']);
  });
});

describe('survey components', () => {
  it('are summed, never their ratios', () => {
    // Period 1: NPS 100 (1 promoter); period 2: NPS −100 from 3 detractors. The average of ratios
    // would be 0; the ratio of summed components is 100 · (1 − 3) / 4 = −50.
    const a = emptySurveyComponents();
    a.nps.promoters = 1;
    const b = emptySurveyComponents();
    b.nps.detractors = 3;
    expect(readSurveyMetrics(mergeSurveyComponents(a, b)).nps.score).toBe(-50);
    expect(readSurveyMetrics(emptySurveyComponents()).nps.score).toBeNull();
  });
});
