// Shared by the funnel scenario suites (funnel-*.cases.test.ts), ported from PostHog's funnel tests
// (posthog/hogql_queries/insights/funnels/test: test_funnel.py, test_funnel_strict.py,
// test_funnel_unordered.py, breakdown_cases.py, conversion_time_cases.py,
// test_funnel_time_to_convert.py) and from the reference rules (A2.2). Each case is named after its
// source; each expectation is re-derived by hand in a comment. PostHog reports seconds, we report
// milliseconds. PostHog's exclusions are `disqualify_person`.
import { buildActorEvents } from '../build-actor-events.js';
import { funnelActors, type FunnelCell } from './funnel-actors.js';
import { funnelQuerySchema } from './funnel-query.js';
import { runFunnel, type FunnelResult } from './run-funnel.js';
export const T0 = Date.parse('2021-05-01T00:00:00Z');
export const S = 1_000;
export const M = 60_000;
export const H = 3_600_000;
export const D = 86_400_000;

export type Row = readonly [actor: string, event: string, at: number, properties?: Record<string, unknown>];

/** Events of one actor one minute apart, starting `offset` after T0 (PostHog tests without timestamps). */
export function seq(
  actor: string,
  events: readonly (string | readonly [string, Record<string, unknown>])[],
  offset = 0,
): Row[] {
  return events.map((e, i) =>
    typeof e === 'string' ? [actor, e, T0 + offset + i * M] : [actor, e[0], T0 + offset + i * M, e[1]],
  );
}

export const at = (iso: string): number => Date.parse(iso);

export function tableOf(rows: readonly Row[]) {
  return buildActorEvents(
    rows.map(([actorId, event, timestamp, properties]) => ({ actorId, event, timestamp, properties })),
  );
}

export function queryOf(body: Record<string, unknown>) {
  return funnelQuerySchema.parse({
    dateRange: { from: '2021-05-01T00:00:00Z', to: '2021-05-14T23:59:59Z' },
    ...body,
  });
}

export function run(rows: readonly Row[], body: Record<string, unknown>): FunnelResult {
  return runFunnel(tableOf(rows), queryOf(body), { now: T0 });
}

export function actorsIn(rows: readonly Row[], body: Record<string, unknown>, cell: FunnelCell): string[] {
  const table = tableOf(rows);
  return funnelActors(table, queryOf(body), cell, { now: T0 }).map((a) => table.actorIds[a]!);
}

export const steps = (...events: (string | null)[]) => events.map((event) => ({ event }));
export const counts = (result: FunnelResult | FunnelResult['breakdowns'][number]) =>
  result.steps.map((s) => s.count);
export const means = (result: FunnelResult | FunnelResult['breakdowns'][number]) =>
  result.steps.map((s) => s.timeToConvertMs.mean);
export const byValue = (result: FunnelResult) =>
  Object.fromEntries(result.breakdowns.map((b) => [String(b.value), counts(b)]));
