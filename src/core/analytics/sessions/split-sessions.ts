// Session splitting (reference A1): an actor's events form one session until 30 minutes pass
// without an event, or until the session has lasted 24 hours (PostHog's rule; GA4 uses the same
// 30-minute timeout). Sessions never cross actors. Used by KPIs and paths.
import type { ActorEvents } from '../actor-events.js';
import type { ActorMask } from '../actor-mask.js';
import type { RowPredicate } from '../event-filter.js';

/** Inactivity after which the next event starts a new session: 30 minutes. */
export const SESSION_GAP_MS = 30 * 60_000;
/** Longest session: an event more than 24 h after the session's first event starts a new one. */
export const SESSION_MAX_MS = 24 * 3_600_000;

/** How `splitSessions` cuts sessions and which rows it considers. */
export interface SessionOptions {
  /** A gap strictly longer than this starts a new session. @default SESSION_GAP_MS */
  readonly gapMs?: number;
  /** An event strictly more than this after the session's start starts a new one. @default SESSION_MAX_MS */
  readonly maxMs?: number;
  /**
   * Rows that take part in sessions (e.g. visitor activity, not server-side e-mail events).
   * Other rows belong to no session and do not extend one. @default every row
   */
  readonly include?: RowPredicate;
  /** Actors to split; the rows of other actors belong to no session. @default every actor */
  readonly mask?: ActorMask;
}

/** Sessions of a table, as columns indexed by session number (sessions are ordered by actor, then time). */
export interface Sessions {
  readonly count: number;
  /** Actor index of each session. */
  readonly actor: Int32Array;
  /** First and last row of each session (rows in between may belong to no session). */
  readonly firstRow: Int32Array;
  readonly lastRow: Int32Array;
  /** Timestamp of the first and the last event of each session (ms). */
  readonly startAt: Float64Array;
  readonly endAt: Float64Array;
  /** Session number of each row of the table; -1 for rows outside every session. */
  readonly ofRow: Int32Array;
}

/**
 * True when an event at `at` starts a new session, given the previous event of the same session at
 * `previousAt` and the session's start at `sessionStartAt`. The single rule every caller shares.
 */
export function startsNewSession(
  at: number,
  previousAt: number,
  sessionStartAt: number,
  gapMs: number = SESSION_GAP_MS,
  maxMs: number = SESSION_MAX_MS,
): boolean {
  return at - previousAt > gapMs || at - sessionStartAt > maxMs;
}

/**
 * Splits every (unmasked) actor's events into sessions. One pass over the rows, no per-row
 * allocation; the session columns grow by doubling.
 *
 * @example
 * const sessions = splitSessions(table, { include: (row) => table.events[row] !== identifyCode });
 * for (let s = 0; s < sessions.count; s++) console.log(sessions.endAt[s]! - sessions.startAt[s]!);
 */
export function splitSessions(table: ActorEvents, options: SessionOptions = {}): Sessions {
  const { gapMs = SESSION_GAP_MS, maxMs = SESSION_MAX_MS, include, mask } = options;
  const { actorStart, timestamps } = table;
  const ofRow = new Int32Array(table.size).fill(-1);
  const columns = new SessionColumns(Math.max(16, table.size >> 3));
  let session = -1;
  for (let actor = 0; actor < table.actorCount; actor++) {
    if (mask && mask[actor] !== 1) continue;
    let isOpen = false;
    let startAt = 0;
    let previousAt = 0;
    let lastRow = 0;
    for (let row = actorStart[actor]!, end = actorStart[actor + 1]!; row < end; row++) {
      if (include && !include(row)) continue;
      const at = timestamps[row]!;
      if (!isOpen || startsNewSession(at, previousAt, startAt, gapMs, maxMs)) {
        // The session's end is written once, when it closes, not on every row.
        if (isOpen) columns.close(lastRow, previousAt);
        isOpen = true;
        startAt = at;
        session = columns.open(actor, row, at);
      }
      previousAt = at;
      lastRow = row;
      ofRow[row] = session;
    }
    if (isOpen) columns.close(lastRow, previousAt);
  }
  return { ...columns.finish(), ofRow };
}

/** Growable per-session columns. */
class SessionColumns {
  count = 0;
  private actor: Int32Array;
  private firstRow: Int32Array;
  private lastRow: Int32Array;
  private startAt: Float64Array;
  private endAt: Float64Array;

  constructor(capacity: number) {
    this.actor = new Int32Array(capacity);
    this.firstRow = new Int32Array(capacity);
    this.lastRow = new Int32Array(capacity);
    this.startAt = new Float64Array(capacity);
    this.endAt = new Float64Array(capacity);
  }

  /** Opens a session; returns its number. */
  open(actor: number, row: number, at: number): number {
    if (this.count === this.actor.length) this.grow();
    const s = this.count++;
    this.actor[s] = actor;
    this.firstRow[s] = row;
    this.startAt[s] = at;
    return s;
  }

  /** Records the last row of the latest session. */
  close(row: number, at: number): void {
    this.lastRow[this.count - 1] = row;
    this.endAt[this.count - 1] = at;
  }

  finish(): Omit<Sessions, 'ofRow'> {
    const n = this.count;
    return {
      count: n,
      actor: this.actor.subarray(0, n),
      firstRow: this.firstRow.subarray(0, n),
      lastRow: this.lastRow.subarray(0, n),
      startAt: this.startAt.subarray(0, n),
      endAt: this.endAt.subarray(0, n),
    };
  }

  private grow(): void {
    const capacity = this.actor.length * 2;
    const int32 = (old: Int32Array) => {
      const next = new Int32Array(capacity);
      next.set(old);
      return next;
    };
    const float64 = (old: Float64Array) => {
      const next = new Float64Array(capacity);
      next.set(old);
      return next;
    };
    this.actor = int32(this.actor);
    this.firstRow = int32(this.firstRow);
    this.lastRow = int32(this.lastRow);
    this.startAt = float64(this.startAt);
    this.endAt = float64(this.endAt);
  }
}
