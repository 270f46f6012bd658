import type { Database, Statement } from 'better-sqlite3';
import type { TrackedEvent } from '../../../core/events/index.js';
import type { CommittedMerge } from './sqlite-ingest-store.js';
import {
  digestEvents,
  eventKey,
  pathReader,
  type DigestedRows,
  type EventDigest,
  type PathReader,
} from './event-digest.js';
import { GrowableFloat64, GrowableInt32, Interner } from './growable.js';

/** Rows read from the event log per statement step while catching up. */
const TAIL_CHUNK = 100_000;

/** One property path's values in log (seq) order. */
export interface LogColumn {
  readonly numbers: GrowableFloat64;
  readonly codes: GrowableInt32;
  readonly strings: Interner;
}

/**
 * The event log as columns in seq order, kept in step with SQLite by following `seq` and the
 * merge log. Profiles are interned to raw actor numbers; merges join raw actors (union-find).
 * Rebuilt from the database on start: the database stays the only source of truth.
 */
export class SqliteEventLog {
  readonly timestamps = new GrowableFloat64();
  /** Position of each row in the events table, to fetch whole events for a profile's timeline. */
  readonly seqs = new GrowableFloat64();
  /** Previous row of the same raw actor (-1 at the first): a chain per raw actor, newest last. */
  private readonly previousRow = new GrowableInt32();
  private readonly lastRowOfRaw = new GrowableInt32();
  /** Raw actors joined into each union-find root, so a merged profile's rows can be walked. */
  private readonly members = new Map<number, number[]>();
  readonly rawActors = new GrowableInt32();
  readonly events = new GrowableInt32();
  readonly profiles = new Interner();
  readonly eventKeys = new Interner();
  readonly columns = new Map<string, LogColumn>();
  /** The paths of `columns`, replaced (never changed) when a column joins: digests keep it. */
  private columnPaths: readonly string[] = [];
  private readers: readonly PathReader[] = [];
  /** Union-find parent per raw actor. */
  private parent = new GrowableInt32();
  private lastSeq = 0;
  private lastMergeId = 0;
  /** Increases whenever a merge changes which actor a row belongs to. */
  mergeVersion = 0;
  /** Set by the first catch-up: from then on, rows committed in this process are pushed in. */
  private isLive = false;
  private readonly mergeTail: Statement;
  private tailStatement: { key: string; statement: Statement } | undefined;
  private backfill:
    | {
        key: string;
        paths: string[];
        columns: LogColumn[];
        lastSeq: number;
        rows: number;
        statement: Statement;
      }
    | undefined;

  constructor(private readonly db: Database) {
    this.mergeTail = db.prepare('SELECT id, from_id, into_id FROM profile_merges WHERE id > ? ORDER BY id');
  }

  get size(): number {
    return this.timestamps.length;
  }

  /** The seqs of a profile's events across every profile merged into it, newest first by time. */
  profileSeqs(profileId: string, limit: number): number[] {
    const raw = this.profiles.lookup(profileId);
    if (raw === undefined) return [];
    const root = this.find(raw);
    const rows: number[] = [];
    for (const member of this.members.get(root) ?? [root]) {
      for (let row = this.lastRowOfRaw.data[member]!; row >= 0; row = this.previousRow.data[row]!)
        rows.push(row);
    }
    const ts = this.timestamps.data;
    rows.sort((a, b) => ts[b]! - ts[a]! || b - a);
    return rows.slice(0, limit).map((row) => this.seqs.data[row]!);
  }

  /** First and last event time of a profile (merged ones included), or undefined without events. */
  profileSeen(profileId: string): { first: number; last: number } | undefined {
    const raw = this.profiles.lookup(profileId);
    if (raw === undefined) return undefined;
    const root = this.find(raw);
    let first = Infinity;
    let last = -Infinity;
    const ts = this.timestamps.data;
    for (const member of this.members.get(root) ?? [root]) {
      for (let row = this.lastRowOfRaw.data[member]!; row >= 0; row = this.previousRow.data[row]!) {
        if (ts[row]! < first) first = ts[row]!;
        if (ts[row]! > last) last = ts[row]!;
      }
    }
    return first === Infinity ? undefined : { first, last };
  }

  /** Reads every event and merge committed since the last call. */
  catchUp(): void {
    while (this.catchUpStep()) {
      // keep reading
    }
  }

  /** Reads one chunk of the log; true while more may follow (lets a caller yield between chunks). */
  catchUpStep(): boolean {
    if (this.tailEvents() === TAIL_CHUNK) return true;
    for (const row of this.mergeTail.raw().iterate(this.lastMergeId) as Iterable<[number, string, string]>) {
      this.applyMerge(row[0], row[1], row[2]);
    }
    this.isLive = true;
    return false;
  }

  /** What this index needs of events about to be written, to take them once committed. */
  digest(events: readonly TrackedEvent[]): EventDigest {
    return digestEvents(this.columnPaths, this.readers, events);
  }

  /**
   * Takes rows and merges this process has just committed, so the log stays current without
   * reading them back. Ignored until the log has caught up once, or when anything is missing in
   * between, or when a column joined after the digest: the next catch-up then reads the rows from
   * the database.
   */
  pushCommitted(rows: DigestedRows, merges: readonly CommittedMerge[]): void {
    if (!this.isLive) return;
    const { digest, positions, seqs, profileIds } = rows;
    if (seqs.length > 0 && seqs[0] === this.lastSeq + 1 && digest.paths === this.columnPaths) {
      const columns = digest.paths.map((path) => this.columns.get(path)!);
      const width = columns.length;
      const { timestamps, keys, values } = digest;
      for (let row = 0; row < seqs.length; row++) {
        const at = positions[row]!;
        this.appendRow(seqs[row]!, profileIds[row]!, timestamps[at]!, keys[at]!);
        for (let i = 0; i < width; i++) appendValue(columns[i]!, values[at * width + i]);
      }
    }
    if (merges.length > 0 && merges[0]!.id === this.lastMergeId + 1) {
      for (const merge of merges) this.applyMerge(merge.id, merge.from, merge.into);
    }
  }

  private applyMerge(id: number, from: string, into: string): void {
    this.union(this.actorOf(from), this.actorOf(into));
    this.lastMergeId = id;
    this.mergeVersion++;
  }

  private appendRow(seq: number, profileId: string, timestamp: number, key: string): void {
    const actor = this.actorOf(profileId);
    this.previousRow.push(this.lastRowOfRaw.data[actor]!);
    this.lastRowOfRaw.set(actor, this.timestamps.length);
    this.timestamps.push(timestamp);
    this.seqs.push(seq);
    this.rawActors.push(actor);
    this.events.push(this.eventKeys.intern(key));
    this.lastSeq = seq;
  }

  /** Loads the columns of property paths not loaded yet, for every row read so far. */
  ensureColumns(paths: readonly string[]): void {
    while (this.ensureColumnsStep(paths)) {
      // keep reading
    }
  }

  /**
   * Back-fills one chunk of the columns of `paths` not loaded yet; true while more may follow.
   * A column joins the log (and is then followed like the rest) once it reaches the last row.
   */
  ensureColumnsStep(paths: readonly string[]): boolean {
    const missing = [...new Set(paths)].filter((path) => !this.columns.has(path));
    if (missing.length === 0) return false;
    const key = missing.join('\u0000');
    if (this.backfill?.key !== key) {
      const sql = `SELECT seq, ${missing.map(selectOf).join(', ')} FROM events WHERE seq > ? ORDER BY seq LIMIT ?`;
      this.backfill = {
        key,
        paths: missing,
        columns: missing.map(newColumn),
        lastSeq: 0,
        rows: 0,
        statement: this.db.prepare(sql).raw(),
      };
    }
    const fill = this.backfill;
    const bindings = missing.flatMap(bindingsOf);
    const limit = Math.min(TAIL_CHUNK, this.size - fill.rows);
    for (const row of fill.statement.iterate(...bindings, fill.lastSeq, limit) as Iterable<unknown[]>) {
      for (let i = 0; i < fill.columns.length; i++) appendValue(fill.columns[i]!, row[1 + i]);
      fill.lastSeq = row[0] as number;
      fill.rows++;
    }
    if (fill.rows < this.size) return true;
    if (fill.lastSeq !== this.lastSeq)
      throw new Error(`event index out of step at seq ${fill.lastSeq} / ${this.lastSeq}`);
    fill.paths.forEach((path, i) => this.columns.set(path, fill.columns[i]!));
    this.columnPaths = [...this.columns.keys()];
    this.readers = this.columnPaths.map(pathReader);
    this.backfill = undefined;
    this.tailStatement = undefined;
    return false;
  }

  /** The canonical raw actor of a raw actor after merges. */
  find(actor: number): number {
    const parent = this.parent.data;
    let root = actor;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[actor] !== root) {
      const next = parent[actor]!;
      this.parent.set(actor, root);
      actor = next;
    }
    return root;
  }

  private tailEvents(): number {
    const paths = this.columnPaths;
    const statement = this.tail(paths);
    const columns = paths.map((path) => this.columns.get(path)!);
    let read = 0;
    const bindings = paths.flatMap(bindingsOf);
    for (const row of statement.iterate(...bindings, this.lastSeq, TAIL_CHUNK) as Iterable<unknown[]>) {
      const [seq, profileId, timestamp, type, event] = row as [number, string, number, string, string | null];
      this.appendRow(seq, profileId, timestamp, eventKey(type, event));
      for (let i = 0; i < columns.length; i++) appendValue(columns[i]!, row[5 + i]);
      read++;
    }
    return read;
  }

  private tail(paths: readonly string[]): Statement {
    const key = paths.join('\u0000');
    if (this.tailStatement?.key !== key) {
      const extra = paths.map((path) => `, ${selectOf(path)}`).join('');
      const sql = `SELECT seq, profile_id, timestamp, type, event${extra} FROM events WHERE seq > ? ORDER BY seq LIMIT ?`;
      this.tailStatement = { key, statement: this.db.prepare(sql).raw() };
    }
    return this.tailStatement.statement;
  }

  private actorOf(profileId: string): number {
    const actor = this.profiles.intern(profileId);
    while (this.parent.length <= actor) {
      this.parent.push(this.parent.length);
      this.lastRowOfRaw.push(-1);
    }
    return actor;
  }

  private union(from: number, into: number): void {
    const a = this.find(from);
    const b = this.find(into);
    if (a === b) return;
    this.parent.set(a, b);
    const joined = [...(this.members.get(b) ?? [b]), ...(this.members.get(a) ?? [a])];
    this.members.delete(a);
    this.members.set(b, joined);
  }
}

const newColumn = (): LogColumn => ({
  numbers: new GrowableFloat64(),
  codes: new GrowableInt32(),
  strings: new Interner(),
});

/** SQL reading one property path: the page name has its own column; the rest live in the payload. */
function selectOf(path: string): string {
  return path === '$name' ? 'name' : 'json_extract(payload, ?)';
}

function bindingsOf(path: string): string[] {
  if (path === '$name') return [];
  const [head, ...rest] = path.split('.');
  const parts = head === 'context' || head === 'traits' ? [head, ...rest] : ['properties', head!, ...rest];
  return [`$${parts.map((part) => `."${part.replace(/"/g, '""')}"`).join('')}`];
}

function appendValue(column: LogColumn, value: unknown): void {
  if (value === null || value === undefined) {
    column.numbers.push(Number.NaN);
    column.codes.push(-1);
    return;
  }
  if (typeof value === 'number') column.numbers.push(value);
  else if (typeof value === 'bigint') column.numbers.push(Number(value));
  else {
    const text = String(value).trim();
    const parsed = text === '' ? Number.NaN : Number(text);
    column.numbers.push(Number.isFinite(parsed) ? parsed : Number.NaN);
  }
  column.codes.push(column.strings.intern(String(value)));
}
