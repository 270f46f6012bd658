import type { Database } from 'better-sqlite3';
import type { Instant, MessageId, ProfileId } from '../../../core/shared/index.js';
import type { DroppedEvent, EncodedEvent } from '../../../core/events/index.js';
import type {
  Group,
  IdentityKey,
  IngestPlan,
  KnownIdentities,
  Profile,
} from '../../../core/profiles/index.js';
import type { IngestStore, IngestTransaction } from '../../../ports/storage.js';
import { loadIdentityLinks, type CommittedLink } from './identity-links.js';
import { groupFromJson, profileFromJson, profileSearchText } from './sqlite-rows.js';
import { RecentMessageIds } from './recent-message-ids.js';
import type { ShardedMap } from './sharded-map.js';
import { WriteQueue } from './write-queue.js';

/** An event row as committed, for whoever keeps an index of the log. */
export interface CommittedRow {
  readonly seq: number;
  readonly profileId: string;
  readonly event: EncodedEvent;
}

/** A profile merge as committed (its id in the merge log). */
export interface CommittedMerge {
  readonly id: number;
  readonly from: string;
  readonly into: string;
}

export interface IngestStoreOptions {
  /** Set when another connection makes the checkpoints (checkpointer.ts): how often to finish one. */
  readonly finishCheckpointsEveryMs?: number;
}

/** What one transaction committed. */
export interface Commit {
  readonly rows: readonly CommittedRow[];
  readonly merges: readonly CommittedMerge[];
  readonly links: readonly CommittedLink[];
}

/** Told of each commit, after it is durable. */
export type CommitListener = (commit: Commit) => void;

// Recently written profiles, so the next events of a session find theirs without a query. Kept
// small on purpose: every cached profile is a handful of objects each major GC must mark, and at
// 200k the marking cost the writer more (about 2 µs per event under load) than the misses it saved.
const PROFILE_CACHE_SIZE = 10_000;

/**
 * The ingest side of the SQLite store. The identity index lives in memory as well as on disk
 * (loaded at open, updated only after a commit), so resolving an event costs no query.
 */
export class SqliteIngestStore implements IngestStore {
  private readonly identities: ShardedMap<IdentityKey, ProfileId>;
  private readonly profiles = new Map<ProfileId, Profile>();
  private readonly statements: ReturnType<typeof prepare>;
  private readonly messageIds: RecentMessageIds;
  private lastFinishedCheckpoint = 0;

  constructor(
    private readonly db: Database,
    private readonly queue: WriteQueue,
    private readonly sourceId: string,
    now: Instant,
    private readonly onCommitted: CommitListener,
    private readonly options: IngestStoreOptions = {},
  ) {
    this.statements = prepare(db);
    this.messageIds = RecentMessageIds.load(db, sourceId, now);
    this.identities = loadIdentityLinks(db);
  }

  write<T>(work: (tx: IngestTransaction) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      const staged = new StagedCaches();
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.transaction(staged));
        this.db.exec('COMMIT');
        this.finishCheckpoint();
        staged.applyTo(this.identities, this.profiles, PROFILE_CACHE_SIZE);
        for (const { event } of staged.rows) this.messageIds.add(event.messageId, event.receivedAt);
        this.onCommitted({ rows: staged.rows, merges: staged.merges, links: staged.links });
        if (staged.latestReceivedAt > 0) this.messageIds.forgetBefore(staged.latestReceivedAt);
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  /**
   * With checkpoints made by another connection, the WAL only starts over once a checkpoint has
   * copied every frame, which under steady writes only the writer can see to: between two of its
   * transactions it copies the little the other connection has not yet copied.
   */
  private finishCheckpoint(): void {
    const every = this.options.finishCheckpointsEveryMs;
    if (every === undefined) return;
    const now = performance.now();
    if (now - this.lastFinishedCheckpoint < every) return;
    this.lastFinishedCheckpoint = now;
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  private transaction(staged: StagedCaches): IngestTransaction {
    return {
      unseenMessageIds: async (messageIds) => {
        const unseen = new Set<MessageId>();
        for (const id of messageIds) if (!this.messageIds.has(id)) unseen.add(id);
        return unseen;
      },
      loadKnown: async (keys, groupIds) => this.loadKnown(keys, groupIds),
      apply: async (plan) => this.apply(plan, staged),
      recordDrops: async (drops) => this.recordDrops(drops),
    };
  }

  private loadKnown(keys: readonly IdentityKey[], groupIds: readonly string[]): KnownIdentities {
    const identities = new Map<IdentityKey, ProfileId>();
    const profiles = new Map<ProfileId, Profile>();
    for (const key of keys) {
      const id = this.identities.get(key);
      if (id === undefined) continue;
      identities.set(key, id);
      if (!profiles.has(id)) profiles.set(id, this.loadProfile(id));
    }
    const groups = new Map<string, Group>();
    for (const groupId of groupIds) {
      const row = this.statements.getGroup.get(groupId) as { data: string } | undefined;
      if (row) groups.set(groupId, groupFromJson(row.data));
    }
    return { identities, profiles, groups };
  }

  private loadProfile(id: ProfileId): Profile {
    const cached = this.profiles.get(id);
    if (cached) return cached;
    const row = this.statements.getProfile.get(id) as { data: string | null } | undefined;
    if (!row?.data) throw new Error(`identity index points at missing profile ${id}`);
    return profileFromJson(row.data);
  }

  private apply(plan: IngestPlan<EncodedEvent>, staged: StagedCaches): void {
    const s = this.statements;
    // A merge needs no identity rewrite: the plan relinks every key of the profile it retires.
    for (const { from, into } of plan.merges) {
      s.retireProfile.run(into, from);
      s.repointRetired.run(into, from);
      const merge = s.logMerge.run(from, into);
      staged.merges.push({ id: Number(merge.lastInsertRowid), from, into });
      staged.retired.push(from);
    }
    for (const { key, profileId } of plan.links) {
      const link = s.appendLink.run(key, profileId);
      staged.links.push({ seq: Number(link.lastInsertRowid), key, profileId });
    }
    for (const profile of plan.profiles) {
      staged.profiles.set(profile.id, profile);
      // Seen times are derived from the events when read; writing them per event would double the writes.
      if (plan.seenOnly.has(profile.id)) continue;
      s.upsertProfile.run(
        profile.id,
        profile.userId,
        JSON.stringify(profile),
        profileSearchText(profile),
        profile.firstSeenAt,
        profile.lastSeenAt,
      );
    }
    for (const group of plan.groups) s.upsertGroup.run(group.id, JSON.stringify(group));
    for (const { event, profileId } of plan.events) {
      staged.latestReceivedAt = Math.max(staged.latestReceivedAt, event.receivedAt);
      const inserted = s.insertEvent.run(
        this.sourceId,
        event.messageId,
        event.type,
        event.event,
        event.name,
        profileId,
        event.userId,
        event.anonymousId,
        event.groupId,
        event.previousId,
        event.timestamp,
        event.originalTimestamp,
        event.sentAt,
        event.receivedAt,
        event.body,
      );
      staged.rows.push({ seq: Number(inserted.lastInsertRowid), profileId, event });
    }
  }

  private recordDrops(drops: readonly DroppedEvent[]): void {
    for (const drop of drops) {
      this.statements.insertDrop.run(
        drop.receivedAt,
        drop.reason,
        drop.message,
        drop.messageId,
        drop.type,
        drop.sample,
      );
    }
  }
}

/** Cache changes of one transaction, applied only once it commits. */
class StagedCaches {
  /** In log order: applied in that order, a key's later link wins. */
  readonly links: CommittedLink[] = [];
  readonly profiles = new Map<ProfileId, Profile>();
  readonly retired: ProfileId[] = [];
  latestReceivedAt = 0;
  readonly rows: CommittedRow[] = [];
  readonly merges: CommittedMerge[] = [];

  applyTo(
    identities: ShardedMap<IdentityKey, ProfileId>,
    profiles: Map<ProfileId, Profile>,
    limit: number,
  ): void {
    for (const { key, profileId } of this.links) identities.set(key, profileId);
    for (const id of this.retired) profiles.delete(id);
    for (const [id, profile] of this.profiles) {
      profiles.delete(id); // re-insert to mark as recently used
      profiles.set(id, profile);
    }
    // Map iteration order is insertion order: the first keys are the least recently written.
    for (const id of profiles.keys()) {
      if (profiles.size <= limit) break;
      profiles.delete(id);
    }
  }
}

function prepare(db: Database) {
  return {
    getProfile: db.prepare('SELECT data FROM profiles WHERE id = ?'),
    getGroup: db.prepare('SELECT data FROM groups WHERE id = ?'),
    retireProfile: db.prepare('UPDATE profiles SET merged_into = ?, data = NULL, search = NULL WHERE id = ?'),
    repointRetired: db.prepare('UPDATE profiles SET merged_into = ? WHERE merged_into = ?'),
    logMerge: db.prepare('INSERT INTO profile_merges (from_id, into_id) VALUES (?, ?)'),
    appendLink: db.prepare('INSERT INTO identity_links (key, profile_id) VALUES (?, ?)'),
    upsertProfile: db.prepare(
      `INSERT INTO profiles (id, user_id, data, search, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, data = excluded.data, search = excluded.search,
         first_seen_at = excluded.first_seen_at, last_seen_at = excluded.last_seen_at`,
    ),
    upsertGroup: db.prepare(
      'INSERT INTO groups (id, data) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data',
    ),
    insertEvent: db.prepare(
      `INSERT INTO events (source_id, message_id, type, event, name, profile_id, user_id, anonymous_id, group_id,
        previous_id, timestamp, original_timestamp, sent_at, received_at, payload)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertDrop: db.prepare(
      'INSERT INTO ingest_drops (received_at, reason, message, message_id, type, sample) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  };
}
