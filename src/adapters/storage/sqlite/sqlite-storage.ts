import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import type { IngestStore, Storage } from '../../../ports/storage.js';
import { SqliteAccountStore } from './sqlite-account-store.js';
import { SqliteAnalyticsSource } from './sqlite-analytics-source.js';
import { IdentityIndex } from './identity-links.js';
import { SqliteIngestStore, type Commit, type CommitListener } from './sqlite-ingest-store.js';
import type { CommitFollower } from './event-digest.js';
import { SqliteEventLog } from './sqlite-event-log.js';
import { SqliteListStore } from './sqlite-list-store.js';
import { SqliteReadStore } from './sqlite-read-store.js';
import { sqliteMigrations } from './sqlite-schema.js';
import { WriteQueue } from './write-queue.js';

export interface SqliteStorageOptions {
  /** Database file; `:memory:` is refused because reader and writer must share one file. */
  readonly file: string;
  /**
   * `full` fsyncs every commit (survives power loss); `normal` survives a process crash only.
   * @default 'full'
   */
  readonly synchronous?: 'full' | 'normal';
  /** The current time, for the deduplication window. @default Date.now() */
  readonly now?: number;
}

/** SQLite storage, plus the in-memory index it can build ahead of the first report. */
export interface SqliteStorage extends Storage {
  /** Builds one chunk of the event index, then of the identity map; true while more remains. */
  warmStep(): boolean;
  /** Takes what another connection (a writer thread) commits into the event index and identity map. */
  readonly follower: CommitFollower;
}

/** The default storage: one SQLite file in WAL mode, one writer connection and one reader. */
export async function openSqliteStorage(options: SqliteStorageOptions): Promise<SqliteStorage> {
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const writer = openConnection(options.file, options.synchronous ?? 'full');
  await migrate(writer);
  const reader = openConnection(options.file, 'normal');
  // The analytics index scans the log on a connection of its own, never blocking admin reads.
  const analyticsReader = openConnection(options.file, 'normal');
  const queue = new WriteQueue();
  const log = new SqliteEventLog(analyticsReader);
  const analytics = new SqliteAnalyticsSource(log);
  const identities = new IdentityIndex(reader);
  const read = new SqliteReadStore(reader, log, identities);
  const accounts = new SqliteAccountStore(writer, reader, queue);
  const follower: CommitFollower = {
    digest: (events) => log.digest(events),
    pushCommitted: ({ rows, merges, links }) => {
      log.pushCommitted(rows, merges);
      identities.apply(links);
    },
  };
  // Committed in this thread: the events are at hand, so the digest is taken at the commit.
  const pushCommitted = ({ rows, merges, links }: Commit): void => {
    const digest = log.digest(rows.map((row) => row.event));
    const positions = Int32Array.from(rows, (_, i) => i);
    const seqs = Float64Array.from(rows, (row) => row.seq);
    const profileIds = rows.map((row) => row.profileId);
    follower.pushCommitted({ rows: { digest, positions, seqs, profileIds }, merges, links });
  };
  // Opened on first use: when a writer thread ingests, this process never loads its identity map.
  let ingest: SqliteIngestStore | undefined;
  const ingestStore = (): SqliteIngestStore =>
    (ingest ??= new SqliteIngestStore(writer, queue, SOURCE_ID, options.now ?? Date.now(), pushCommitted));
  return {
    ingest: { write: (work) => ingestStore().write(work) },
    follower,
    events: read,
    profiles: read,
    settings: accounts,
    users: accounts,
    analytics,
    warmStep: () => analytics.warmStep() || identities.warmStep(),
    lists: new SqliteListStore(writer, reader, queue),
    async close() {
      await queue.run(async () => undefined);
      analyticsReader.close();
      reader.close();
      writer.close();
    },
  };
}

/**
 * The ingest side alone, on a connection of its own: what a writer thread opens. The database
 * must exist and be migrated (openSqliteStorage does both). It commits with synchronous=NORMAL and
 * leaves checkpoints to the checkpointer thread (checkpointer.ts); with synchronous=full, the WAL
 * sync thread (wal-sync-thread.ts) makes each commit durable before it is answered.
 */
export function openSqliteIngestStore(
  options: SqliteStorageOptions & { readonly onCommitted: CommitListener },
): { readonly store: IngestStore; close(): Promise<void> } {
  const db = openConnection(options.file, 'normal');
  db.pragma('wal_autocheckpoint = 0');
  const store = new SqliteIngestStore(
    db,
    new WriteQueue(),
    SOURCE_ID,
    options.now ?? Date.now(),
    options.onCommitted,
    { finishCheckpointsEveryMs: FINISH_CHECKPOINT_EVERY_MS },
  );
  return {
    store,
    async close() {
      db.close();
    },
  };
}

/** How often the writer completes a checkpoint, so the WAL starts over (about 1 s of writes long). */
const FINISH_CHECKPOINT_EVERY_MS = 1000;

/** Every event so far comes from the one default source. */
const SOURCE_ID = 'default';

function openConnection(file: string, synchronous: 'full' | 'normal'): Database {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous.toUpperCase()}`);
  db.pragma('busy_timeout = 5000');
  // Profile and group upserts touch their B-trees at random places; a large page cache keeps the
  // inner pages in memory. Checkpointing less often writes each hot page fewer times.
  db.pragma('cache_size = -262144');
  db.pragma('wal_autocheckpoint = 8192');
  db.pragma('temp_store = MEMORY');
  return db;
}

async function migrate(db: Database): Promise<void> {
  // Kysely runs the migrations on this same connection; it is not closed with Kysely.
  const kysely = new Kysely<unknown>({
    dialect: new SqliteDialect({ database: wrap(db) }),
  });
  const { error } = await new Migrator({ db: kysely, provider: sqliteMigrations }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** The part of better-sqlite3 Kysely uses, with `close` made a no-op so the connection stays open. */
function wrap(db: Database) {
  return {
    close: () => undefined,
    prepare: (sql: string) => db.prepare(sql),
  };
}
