import type { Database } from 'better-sqlite3';
import { asProfileId, type ProfileId } from '../../../core/shared/index.js';
import type { DroppedEvent } from '../../../core/events/index.js';
import { anonymousKey, userKey, type Group, type Profile } from '../../../core/profiles/index.js';
import type { EventStore, ProfileStore, RecentEventsOptions, StoredEvent } from '../../../ports/storage.js';
import { eventFromRow, groupFromJson, profileFromJson, type EventRow } from './sqlite-rows.js';
import type { SqliteEventLog } from './sqlite-event-log.js';
import type { IdentityIndex } from './identity-links.js';

/**
 * Reads on a connection of their own: in WAL mode it sees only committed data, never the
 * half-written state of an ingest transaction in progress.
 */
export class SqliteReadStore implements EventStore, ProfileStore {
  private readonly statements: ReturnType<typeof prepare>;

  constructor(
    db: Database,
    private readonly log: SqliteEventLog,
    private readonly identities: IdentityIndex,
  ) {
    this.statements = prepare(db);
  }

  async recentEvents({ limit, afterSeq }: RecentEventsOptions): Promise<StoredEvent[]> {
    const rows = this.statements.recentEvents.all(afterSeq ?? -1, limit) as EventRow[];
    return this.withCurrentProfiles(rows);
  }

  async eventsAfter(afterSeq: number, limit: number): Promise<StoredEvent[]> {
    return this.withCurrentProfiles(this.statements.eventsAfter.all(afterSeq, limit) as EventRow[]);
  }

  /** Events with the profile each belongs to now (after merges), not the one it was stored under. */
  private withCurrentProfiles(rows: EventRow[]): StoredEvent[] {
    const current = new Map<string, ProfileId>();
    return rows.map((row) => {
      let profileId = current.get(row.profile_id);
      if (profileId === undefined) {
        profileId = this.resolveProfileId(row.profile_id) ?? asProfileId(row.profile_id);
        current.set(row.profile_id, profileId);
      }
      return { ...eventFromRow(row), profileId };
    });
  }

  async stats(): Promise<{ events: number; profiles: number }> {
    return {
      events: (this.statements.countEvents.get() as { n: number }).n,
      profiles: (this.statements.countProfiles.get() as { n: number }).n,
    };
  }

  async recentDrops(limit: number): Promise<DroppedEvent[]> {
    const rows = this.statements.recentDrops.all(limit) as Array<{
      received_at: number;
      reason: DroppedEvent['reason'];
      message: string;
      message_id: string | null;
      type: string | null;
      sample: string;
    }>;
    return rows.map((row) => ({
      reason: row.reason,
      message: row.message,
      messageId: row.message_id,
      type: row.type,
      sample: row.sample,
      receivedAt: row.received_at,
    }));
  }

  async findProfile(ref: string): Promise<Profile | undefined> {
    const id = this.resolveProfileId(ref);
    return id === undefined ? undefined : this.loadProfile(id);
  }

  async searchProfiles(query: string, limit: number): Promise<Profile[]> {
    const text = query.trim().toLowerCase();
    if (text === '') return this.recentlySeen(limit);
    const rows = this.statements.searchProfiles.all(`%${escapeLike(text)}%`, limit) as Array<{ id: string }>;
    return rows
      .map((row) => this.loadProfile(asProfileId(row.id)))
      .filter((p): p is Profile => p !== undefined)
      .sort((a, b) => b.lastSeenAt - a.lastSeenAt);
  }

  /** Profiles of the newest events, newest first: the log knows who was seen last, exactly. */
  private recentlySeen(limit: number): Profile[] {
    const ids = new Set<string>();
    for (const row of this.statements.recentProfileIds.raw().iterate() as Iterable<[string]>) {
      ids.add(row[0]);
      if (ids.size >= limit) break;
    }
    return [...ids]
      .map((id) => this.loadProfile(asProfileId(id)))
      .filter((p): p is Profile => p !== undefined);
  }

  /** A profile with its seen times read from its events (the stored row does not follow every event). */
  private loadProfile(id: ProfileId): Profile | undefined {
    const row = this.statements.profileById.get(id) as { data: string | null } | undefined;
    if (!row?.data) return undefined;
    const profile = profileFromJson(row.data);
    this.log.catchUp();
    const seen = this.log.profileSeen(id);
    return seen ? { ...profile, firstSeenAt: seen.first, lastSeenAt: seen.last } : profile;
  }

  async profileEvents(profileId: ProfileId, limit: number): Promise<StoredEvent[]> {
    this.log.catchUp();
    const rows = this.log
      .profileSeqs(profileId, limit)
      .map((seq) => this.statements.eventBySeq.get(seq) as EventRow);
    // The log may be ahead of this connection's snapshot by a commit; such rows come back next time.
    return rows.filter((row) => row !== undefined).map((row) => ({ ...eventFromRow(row), profileId }));
  }

  async findGroup(groupId: string): Promise<Group | undefined> {
    const row = this.statements.groupById.get(groupId) as { data: string } | undefined;
    return row ? groupFromJson(row.data) : undefined;
  }

  private resolveProfileId(ref: string): ProfileId | undefined {
    const s = this.statements;
    const direct = s.profileById.get(ref) as { merged_into: string | null } | undefined;
    if (direct) return asProfileId(direct.merged_into ?? ref);
    return this.identities.lookup(userKey(ref)) ?? this.identities.lookup(anonymousKey(ref));
  }
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function prepare(db: Database) {
  return {
    recentEvents: db.prepare('SELECT * FROM events WHERE seq > ? ORDER BY seq DESC LIMIT ?'),
    eventsAfter: db.prepare('SELECT * FROM events WHERE seq > ? ORDER BY seq ASC LIMIT ?'),
    countEvents: db.prepare('SELECT coalesce(max(seq), 0) AS n FROM events'),
    countProfiles: db.prepare('SELECT count(*) AS n FROM profiles WHERE merged_into IS NULL'),
    recentDrops: db.prepare('SELECT * FROM ingest_drops ORDER BY id DESC LIMIT ?'),
    profileById: db.prepare('SELECT data, merged_into FROM profiles WHERE id = ?'),
    // Bounded: a page of profiles is found within the newest 100,000 events or not at all.
    recentProfileIds: db.prepare('SELECT profile_id FROM events ORDER BY seq DESC LIMIT 100000'),
    eventBySeq: db.prepare('SELECT * FROM events WHERE seq = ?'),
    searchProfiles: db.prepare(
      `SELECT id FROM profiles WHERE merged_into IS NULL AND search LIKE ? ESCAPE '\\'
       ORDER BY last_seen_at DESC LIMIT ?`,
    ),
    groupById: db.prepare('SELECT data FROM groups WHERE id = ?'),
  };
}
