// Invariants of funnels over random small event logs (fast-check): counts never grow along the
// funnel, results do not depend on storage order, strict ≤ ordered ≤ unordered per step, and every
// conversion rate is a fraction. Timestamps are whole minutes in a small range so that ties, window
// edges and the date-range edge all happen often.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { funnelQuerySchema, type FunnelQuery } from './funnel-query.js';
import { runFunnel, type FunnelResult } from './run-funnel.js';

const T0 = Date.parse('2021-05-01T00:00:00Z');
const M = 60_000;
const EVENTS = ['A', 'B', 'C'] as const;

const rowArb = fc.record({
  actorId: fc.constantFrom('a1', 'a2', 'a3'),
  event: fc.constantFrom(...EVENTS, 'X'),
  minute: fc.integer({ min: 0, max: 30 }),
  p: fc.constantFrom('x', 'y', undefined),
});
const rowsArb = fc.array(rowArb, { minLength: 4, maxLength: 40, size: 'large' });

const stepArb = fc.record({
  event: fc.constantFrom<string | null>(...EVENTS, null),
  filtered: fc.constantFrom(false, false, false, true),
});

const bodyArb = fc.record({
  steps: fc.array(stepArb, { minLength: 1, maxLength: 4 }),
  windowMinutes: fc.integer({ min: 1, max: 30 }),
  toMinute: fc.integer({ min: 0, max: 30 }),
  withExclusion: fc.boolean(),
  exclusionMode: fc.constantFrom('end_attempt', 'disqualify_person'),
  attribution: fc.constantFrom(undefined, 'first_touch', 'last_touch', 'all_events', 'step:0'),
});

type Body = typeof bodyArb extends fc.Arbitrary<infer T> ? T : never;
type Row = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

function queryOf(body: Body, order: 'ordered' | 'strict' | 'unordered', plain = false): FunnelQuery {
  const n = body.steps.length;
  return funnelQuerySchema.parse({
    steps: body.steps.map((s) => ({
      event: s.event,
      where: s.filtered ? [{ property: 'p', op: 'eq', value: 'x' }] : undefined,
    })),
    order,
    window: { value: body.windowMinutes, unit: 'minute' },
    dateRange: {
      from: new Date(T0 + 3 * M).toISOString(),
      to: new Date(T0 + body.toMinute * M).toISOString(),
    },
    exclusions: !plain && body.withExclusion && n >= 2 ? [{ event: 'X', fromStep: 0, toStep: n - 1 }] : [],
    exclusionMode: body.exclusionMode,
    breakdown: !plain && body.attribution ? { property: 'p', attribution: body.attribution } : undefined,
  });
}

const inputs = (rows: readonly Row[]): ActorEventInput[] =>
  rows.map((r) => ({
    actorId: r.actorId,
    event: r.event,
    timestamp: T0 + r.minute * M,
    properties: r.p ? { p: r.p } : {},
  }));

function run(rows: readonly Row[], query: FunnelQuery): FunnelResult {
  return runFunnel(buildActorEvents(inputs(rows)), query, { now: T0 });
}

const counts = (steps: FunnelResult['steps']) => steps.map((s) => s.count);
const ORDERS = ['ordered', 'strict', 'unordered'] as const;
const validRange = (body: Body) => body.toMinute >= 3;

describe('funnel invariants', () => {
  it('counts never increase along the funnel; rates are fractions', () => {
    fc.assert(
      fc.property(rowsArb, bodyArb, fc.constantFrom(...ORDERS), (rows, body, order) => {
        fc.pre(validRange(body));
        const result = run(rows, queryOf(body, order));
        for (const series of [result.steps, ...result.breakdowns.map((b) => b.steps)]) {
          for (let k = 1; k < series.length; k++)
            expect(series[k]!.count).toBeLessThanOrEqual(series[k - 1]!.count);
          for (const step of series) {
            expect(step.overallConversion).toBeGreaterThanOrEqual(0);
            expect(step.overallConversion).toBeLessThanOrEqual(1);
            expect(step.stepConversion).toBeGreaterThanOrEqual(0);
            expect(step.stepConversion).toBeLessThanOrEqual(1);
            const { mean, median, p90 } = step.timeToConvertMs;
            if (mean !== null) expect(Math.min(mean, median!, p90!)).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shuffling the input rows before building the table gives identical results', () => {
    const shuffled = rowsArb.chain((rows) =>
      fc.tuple(
        fc.constant(rows),
        fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
      ),
    );
    fc.assert(
      fc.property(shuffled, bodyArb, fc.constantFrom(...ORDERS), ([rows, reordered], body, order) => {
        fc.pre(validRange(body));
        const query = queryOf(body, order);
        expect(run(reordered, query)).toEqual(run(rows, query));
      }),
      { numRuns: 300 },
    );
  });

  it('strict never converts more than ordered; unordered never fewer', () => {
    fc.assert(
      fc.property(rowsArb, bodyArb, (rows, body) => {
        fc.pre(validRange(body));
        const strict = counts(run(rows, queryOf(body, 'strict', true)).steps);
        const ordered = counts(run(rows, queryOf(body, 'ordered', true)).steps);
        const unordered = counts(run(rows, queryOf(body, 'unordered', true)).steps);
        strict.forEach((n, k) => expect(n).toBeLessThanOrEqual(ordered[k]!));
        ordered.forEach((n, k) => expect(n).toBeLessThanOrEqual(unordered[k]!));
      }),
      { numRuns: 400 },
    );
  });
});
