// What the two per-actor folds (ordered/strict in fold-funnel.ts, unordered in
// fold-unordered-funnel.ts) share: their interface, their bounds, and the canonical order of rows
// that have the same timestamp (so that results never depend on the order rows were stored in).
import type { ActorEvents } from '../actor-events.js';
import type { FunnelMatcher } from './funnel-matcher.js';
import type { FunnelExclusionMode } from './funnel-query.js';

/** Time bounds of one fold. Reused by callers: a fold never keeps a reference. */
export interface FoldBounds {
  /** A chain may start (step 0; unordered: its oldest event) only in `[startMin, startMax]`. */
  startMin: number;
  startMax: number;
  /** Rows after this instant cannot matter (`startMax` + window) and are not read. */
  lastTs: number;
}

/** Restricts a fold to one breakdown value (codes of the breakdown column; −1 = no value). */
export interface ValueFilter {
  /** −1: every row must carry `code` (all_events); K ≥ 0: only rows used as step K must (step:K). */
  readonly step: number;
  readonly code: number;
}

/** A per-actor funnel fold with its scratch state allocated once per query. */
export interface FunnelFold {
  /**
   * Folds rows `begin … end − 1` (one actor). Returns the furthest step reached (0-based), or −1
   * when the actor never entered or was disqualified (`disqualify_person`).
   */
  fold(begin: number, end: number, bounds: FoldBounds, filter?: ValueFilter): number;
  /**
   * Rows of the winning chain, valid for positions 0 … returned step: position k is the event that
   * completed step k (unordered: the k-th distinct step completed, in time order).
   */
  readonly chain: Int32Array;
}

/** Everything a fold needs to know besides the rows. */
export interface FoldSetup {
  readonly table: ActorEvents;
  readonly matcher: FunnelMatcher;
  readonly windowMs: number;
  readonly exclusionMode: FunnelExclusionMode;
  /** Breakdown column codes and strings: value filters and same-timestamp tie-breaks. */
  readonly valueCodes?: Int32Array;
  readonly valueStrings?: readonly string[];
}

/** First row in `begin … end − 1` whose timestamp is ≥ `at` (rows of one actor are sorted). */
export function lowerBound(timestamps: Float64Array, begin: number, end: number, at: number): number {
  let low = begin;
  let high = end;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (timestamps[mid]! < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Sorts `rows[0 … count − 1]` (rows with one timestamp) into a canonical order: by signature
 * rank, then by breakdown value. Rows equal on both are interchangeable for every result.
 */
export function sortTiedRows(rows: Int32Array, count: number, setup: FoldSetup): void {
  const { sigRank } = setup.matcher;
  const codes = setup.valueCodes;
  const strings = setup.valueStrings ?? [];
  const rank = (row: number): number => {
    const sig = setup.matcher.sig(row);
    return sig < 0 ? -1 : sigRank[sig]!;
  };
  const text = (row: number): string | undefined => {
    const code = codes ? codes[row]! : -1;
    return code < 0 ? undefined : (strings[code] ?? '');
  };
  if (count > 32) {
    const sorted = Array.from(rows.subarray(0, count)).sort((a, b) => compareRows(a, b, rank, text));
    rows.set(sorted);
    return;
  }
  // Insertion sort: tied groups are small and usually already in order.
  for (let i = 1; i < count; i++) {
    const row = rows[i]!;
    let j = i - 1;
    while (j >= 0 && compareRows(rows[j]!, row, rank, text) > 0) {
      rows[j + 1] = rows[j]!;
      j--;
    }
    rows[j + 1] = row;
  }
}

function compareRows(
  a: number,
  b: number,
  rank: (row: number) => number,
  text: (row: number) => string | undefined,
): number {
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return byRank;
  const ta = text(a);
  const tb = text(b);
  if (ta === tb) return 0;
  if (ta === undefined) return -1; // no value sorts before every value
  if (tb === undefined) return 1;
  return ta < tb ? -1 : 1;
}
