// An event filter prepared for the per-row folds: the event code to compare inline and, only when
// the filter has property conditions, their result as one byte per row computed once per query.
// The folds then test `matchesRow(matcher, events, row)` — no predicate closure per row, and no
// full-table pass for plain `{ event: "…" }` filters. Shared by the time-bucketed queries.
import type { ActorEvents } from '../actor-events.js';
import { compileFilter, type EventFilter } from '../event-filter.js';

/** Event code of `{ event: null }`: every event. */
export const ANY_EVENT = -1;
/** Event code of an event name the table has never seen: no row matches. */
export const NO_EVENT = -2;

/** A filter ready for a fold. */
export interface RowMatcher {
  /** The event code a matching row has, ANY_EVENT or NO_EVENT. */
  readonly code: number;
  /** 1 for rows passing the property conditions; undefined when the filter has none. */
  readonly mask: Uint8Array | undefined;
}

/** Prepares `filter` for `table`. */
export function rowMatcher(filter: EventFilter, table: ActorEvents): RowMatcher {
  const found = filter.event === null ? ANY_EVENT : table.eventKeys.indexOf(filter.event);
  const code = found < 0 && filter.event !== null ? NO_EVENT : found;
  if ((filter.where ?? []).length === 0 || code === NO_EVENT) return { code, mask: undefined };
  const mask = new Uint8Array(table.size);
  const matches = compileFilter(filter, table);
  const { events, size } = table;
  for (let row = 0; row < size; row++) {
    // The event code is checked first so the property predicates run on candidate rows only.
    if ((code === ANY_EVENT || events[row] === code) && matches(row)) mask[row] = 1;
  }
  return { code, mask };
}

/** True when `row` matches (`events` is the table's event column). */
export function matchesRow(matcher: RowMatcher, events: Int32Array, row: number): boolean {
  return (
    (matcher.code === ANY_EVENT || events[row] === matcher.code) &&
    (matcher.mask === undefined || matcher.mask[row] === 1)
  );
}
