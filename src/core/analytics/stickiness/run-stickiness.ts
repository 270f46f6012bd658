// Stickiness (reference A6, PostHog's definition): a histogram of actors by the exact number of
// intervals of the date range in which they did the event, plus the cumulative "at least k" form
// (Mixpanel's Frequency view). Only events inside [from, to] count; the first and last intervals
// may be partial.
import type { Instant } from '../../shared/index.js';
import type { ActorEvents } from '../actor-events.js';
import type { ActorMask } from '../actor-mask.js';
import type { RunOptions } from '../query-kind.js';
import { filterProperties } from '../event-filter.js';
import { matchesRow, rowMatcher } from '../retention/row-matcher.js';
import { createPeriodBucketer } from '../time/period-bucketer.js';
import { gridOfRange, gridPosition } from '../time/period-grid.js';
import type { StickinessCell, StickinessQuery, StickinessResult } from './stickiness-query.js';

/** Property paths the query's filter reads. */
export function stickinessProperties(query: StickinessQuery): string[] {
  return filterProperties([query.event]);
}

/** Actors by number of active intervals, k = 1 … the number of intervals in the range. */
export function runStickiness(
  table: ActorEvents,
  query: StickinessQuery,
  options: RunOptions,
): StickinessResult {
  const perActor = activeIntervals(table, query, options.mask);
  const exactly = new Array<number>(perActor.intervals).fill(0);
  for (const k of perActor.counts) if (k > 0) exactly[k - 1]! += 1;
  const atLeast = [...exactly];
  for (let k = atLeast.length - 2; k >= 0; k--) atLeast[k]! += atLeast[k + 1]!;
  return {
    counts: exactly.map((actors, i) => ({ intervals: i + 1, actors })),
    cumulative: atLeast.map((actors, i) => ({ intervals: i + 1, actors })),
  };
}

/** The actors active in exactly `intervals` intervals (or at least, when `cumulative`). */
export function stickinessActors(
  table: ActorEvents,
  query: StickinessQuery,
  cell: StickinessCell,
  options: { readonly now?: Instant; readonly mask?: ActorMask } = {},
): number[] {
  const { counts } = activeIntervals(table, query, options.mask);
  const actors: number[] = [];
  counts.forEach((k, actor) => {
    if (k > 0 && (cell.cumulative ? k >= cell.intervals : k === cell.intervals)) actors.push(actor);
  });
  return actors;
}

/** Per actor, the number of distinct intervals with a matching event inside the range. */
function activeIntervals(table: ActorEvents, query: StickinessQuery, actorMask: ActorMask) {
  const bucketer = createPeriodBucketer({
    period: query.interval,
    timeZone: query.timezone,
    weekStart: query.weekStart,
  });
  const grid = gridOfRange(bucketer, query.dateRange);
  const matcher = rowMatcher(query.event, table);
  const counts = new Int32Array(table.actorCount);
  const { actorStart, timestamps, events } = table;
  const { from, to } = query.dateRange;
  for (let actor = 0; actor < table.actorCount; actor++) {
    if (actorMask !== undefined && actorMask[actor] === 0) continue;
    let position = -1;
    let last = -1;
    for (let row = actorStart[actor]!, hi = actorStart[actor + 1]!; row < hi; row++) {
      const at = timestamps[row]!;
      if (at < from || !matchesRow(matcher, events, row)) continue;
      if (at > to) break;
      if (position < 0) position = gridPosition(grid, at);
      else while (at >= grid.starts[position + 1]!) position++;
      if (position !== last) {
        last = position;
        counts[actor]! += 1;
      }
    }
  }
  return { counts, intervals: grid.count };
}
