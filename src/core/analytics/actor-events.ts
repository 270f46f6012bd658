import type { Instant, ProfileId } from '../shared/index.js';

/**
 * Event keys for calls other than track: a filter `{ "event": "$page" }` matches page calls.
 * Track calls use their (v2-normalised) event name as key.
 */
export const CALL_KEYS = {
  page: '$page',
  screen: '$screen',
  identify: '$identify',
  group: '$group',
  alias: '$alias',
} as const;

/**
 * Values of one property path for every row of an ActorEvents table, in the table's row order.
 * A path is `name` (= properties.name), or starts with `context.`, `traits.` or is `$name`
 * (the page or screen name of the call).
 */
export interface PropertyColumn {
  /** Numeric value per row; NaN where absent or not a number (numeric strings count as numbers). */
  readonly numbers: Float64Array;
  /** Index into `strings` per row; -1 where absent. Numbers and booleans are interned as their string form. */
  readonly codes: Int32Array;
  readonly strings: readonly string[];
}

/**
 * Every event of every actor, as columns sorted by (actor, timestamp, seq). Analytics rules are
 * pure folds over this table; storage adapters build it (SQLite keeps it in memory in step with
 * the event log; a ClickHouse adapter would build it from per-actor arrays).
 *
 * Rows of actor `a` are `actorStart[a] .. actorStart[a + 1] - 1`.
 */
export interface ActorEvents {
  /** Number of rows. */
  readonly size: number;
  readonly actorCount: number;
  /** Length actorCount + 1. */
  readonly actorStart: Int32Array;
  /** Profile id of each actor (after identity merge). */
  readonly actorIds: readonly ProfileId[];
  /** When each actor's profile was first seen (ms); keys lifecycle's "new". */
  readonly actorFirstSeen: Float64Array;
  /** Event time of each row (ms since epoch, UTC). */
  readonly timestamps: Float64Array;
  /** Interned event key of each row (index into `eventKeys`). */
  readonly events: Int32Array;
  /** Event keys: track names and the CALL_KEYS. */
  readonly eventKeys: readonly string[];
  /** The column of a property path, or undefined when it was not loaded. */
  column(path: string): PropertyColumn | undefined;
}

/** What a query needs loaded: property paths and, optionally, only events in a time span. */
export interface ActorEventsRequest {
  readonly properties: readonly string[];
  readonly from?: Instant;
  readonly to?: Instant;
}
