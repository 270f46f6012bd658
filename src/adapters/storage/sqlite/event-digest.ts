import { CALL_KEYS } from '../../../core/analytics/index.js';
import type { TrackedEvent } from '../../../core/events/index.js';
import type { CommittedLink } from './identity-links.js';
import type { CommittedMerge } from './sqlite-ingest-store.js';

/**
 * What the event index needs of a write's events, taken as the write is sent. Holding this
 * instead of the events until their commit lets each event's objects die young: under load the
 * objects of the writes in flight were a quarter of what each scavenge had to copy.
 */
export interface EventDigest {
  /** The property columns read, in order; compared by identity with the index's when pushed. */
  readonly paths: readonly string[];
  readonly timestamps: Float64Array;
  /** The event key of each event (the track name, or the call's reserved key). */
  readonly keys: readonly string[];
  /** Column values, event by event: event i's value of path j is at `i * paths.length + j`. */
  readonly values: readonly unknown[];
}

/** Committed rows in seq order: row r stored the event at `positions[r]` of the digest. */
export interface DigestedRows {
  readonly digest: EventDigest;
  readonly positions: ArrayLike<number>;
  readonly seqs: ArrayLike<number>;
  readonly profileIds: readonly string[];
}

/** One transaction as the server thread hears of it once it is durable. */
export interface DigestedCommit {
  readonly rows: DigestedRows;
  readonly merges: readonly CommittedMerge[];
  readonly links: readonly CommittedLink[];
}

/** Follows a writer's commits: a digest of each write's events as it is sent, then what committed. */
export interface CommitFollower {
  digest(events: readonly TrackedEvent[]): EventDigest;
  pushCommitted(commit: DigestedCommit): void;
}

/** Reads one property column's value from an event in memory. */
export type PathReader = (event: TrackedEvent) => unknown;

export function digestEvents(
  paths: readonly string[],
  readers: readonly PathReader[],
  events: readonly TrackedEvent[],
): EventDigest {
  const timestamps = new Float64Array(events.length);
  const keys = new Array<string>(events.length);
  const values = new Array<unknown>(events.length * readers.length);
  let at = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    timestamps[i] = event.timestamp;
    keys[i] = eventKey(event.type, event.event);
    for (const read of readers) values[at++] = read(event);
  }
  return { paths, timestamps, keys, values };
}

/** The event key of a row: the track name, or the call's reserved key. */
export function eventKey(type: string, event: string | null): string {
  if (type === 'track') return event ?? '';
  return CALL_KEYS[type as keyof typeof CALL_KEYS] ?? `$${type}`;
}

/**
 * Reads a property path from an event in memory the way json_extract reads it from the stored
 * payload: booleans as 1 and 0, objects and arrays as JSON text.
 */
export function pathReader(path: string): PathReader {
  if (path === '$name') return (event) => event.name;
  const [head, ...rest] = path.split('.');
  const root = head === 'context' || head === 'traits' ? head : 'properties';
  const parts = root === 'properties' ? [head!, ...rest] : rest;
  return (event) => {
    let value: unknown = event[root];
    for (const part of parts) {
      if (typeof value !== 'object' || value === null) return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (typeof value === 'object' && value !== null) return JSON.stringify(value);
    return value;
  };
}
