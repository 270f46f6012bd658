import { asProfileId } from '../../../core/shared/index.js';
import { anonymousKey, userKey } from '../../../core/profiles/index.js';
import { eventFromRow, groupFromJson, profileFromJson } from './sqlite-rows.js';
/**
 * Reads on a connection of their own: in WAL mode it sees only committed data, never the
 * half-written state of an ingest transaction in progress.
 */
export class SqliteReadStore {
    log;
    identities;
    statements;
    constructor(db, log, identities) {
        this.log = log;
        this.identities = identities;
        this.statements = prepare(db);
    }
    async recentEvents({ limit, afterSeq }) {
        const rows = this.statements.recentEvents.all(afterSeq ?? -1, limit);
        return this.withCurrentProfiles(rows);
    }
    async eventsAfter(afterSeq, limit) {
        return this.withCurrentProfiles(this.statements.eventsAfter.all(afterSeq, limit));
    }
    /** Events with the profile each belongs to now (after merges), not the one it was stored under. */
    withCurrentProfiles(rows) {
        const current = new Map();
        return rows.map((row) => {
            let profileId = current.get(row.profile_id);
            if (profileId === undefined) {
                profileId = this.resolveProfileId(row.profile_id) ?? asProfileId(row.profile_id);
                current.set(row.profile_id, profileId);
            }
            return { ...eventFromRow(row), profileId };
        });
    }
    async stats() {
        return {
            events: this.statements.countEvents.get().n,
            profiles: this.statements.countProfiles.get().n,
        };
    }
    async recentDrops(limit) {
        const rows = this.statements.recentDrops.all(limit);
        return rows.map((row) => ({
            reason: row.reason,
            message: row.message,
            messageId: row.message_id,
            type: row.type,
            sample: row.sample,
            receivedAt: row.received_at,
        }));
    }
    async findProfile(ref) {
        const id = this.resolveProfileId(ref);
        return id === undefined ? undefined : this.loadProfile(id);
    }
    async searchProfiles(query, limit) {
        const text = query.trim().toLowerCase();
        if (text === '')
            return this.recentlySeen(limit);
        const rows = this.statements.searchProfiles.all(`%${escapeLike(text)}%`, limit);
        return rows
            .map((row) => this.loadProfile(asProfileId(row.id)))
            .filter((p) => p !== undefined)
            .sort((a, b) => b.lastSeenAt - a.lastSeenAt);
    }
    /** Profiles of the newest events, newest first: the log knows who was seen last, exactly. */
    recentlySeen(limit) {
        const ids = new Set();
        for (const row of this.statements.recentProfileIds.raw().iterate()) {
            ids.add(row[0]);
            if (ids.size >= limit)
                break;
        }
        return [...ids]
            .map((id) => this.loadProfile(asProfileId(id)))
            .filter((p) => p !== undefined);
    }
    /** A profile with its seen times read from its events (the stored row does not follow every event). */
    loadProfile(id) {
        const row = this.statements.profileById.get(id);
        if (!row?.data)
            return undefined;
        const profile = profileFromJson(row.data);
        this.log.catchUp();
        const seen = this.log.profileSeen(id);
        return seen ? { ...profile, firstSeenAt: seen.first, lastSeenAt: seen.last } : profile;
    }
    async profileEvents(profileId, limit) {
        this.log.catchUp();
        const rows = this.log
            .profileSeqs(profileId, limit)
            .map((seq) => this.statements.eventBySeq.get(seq));
        // The log may be ahead of this connection's snapshot by a commit; such rows come back next time.
        return rows.filter((row) => row !== undefined).map((row) => ({ ...eventFromRow(row), profileId }));
    }
    async findGroup(groupId) {
        const row = this.statements.groupById.get(groupId);
        return row ? groupFromJson(row.data) : undefined;
    }
    resolveProfileId(ref) {
        const s = this.statements;
        const direct = s.profileById.get(ref);
        if (direct)
            return asProfileId(direct.merged_into ?? ref);
        return this.identities.lookup(userKey(ref)) ?? this.identities.lookup(anonymousKey(ref));
    }
}
const escapeLike = (text) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
function prepare(db) {
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
        searchProfiles: db.prepare(`SELECT id FROM profiles WHERE merged_into IS NULL AND search LIKE ? ESCAPE '\\'
       ORDER BY last_seen_at DESC LIMIT ?`),
        groupById: db.prepare('SELECT data FROM groups WHERE id = ?'),
    };
}
//# sourceMappingURL=sqlite-read-store.js.map