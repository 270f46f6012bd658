import { sql } from 'kysely';
// Migrations are frozen once released: add a new one, never edit an old one.
const migrations = {
    '0001-event-log-and-profiles': {
        async up(db) {
            await sql `CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        source_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        type TEXT NOT NULL,
        event TEXT,
        name TEXT,
        profile_id TEXT NOT NULL,
        user_id TEXT,
        anonymous_id TEXT,
        group_id TEXT,
        previous_id TEXT,
        timestamp INTEGER NOT NULL,
        original_timestamp INTEGER NOT NULL,
        sent_at INTEGER,
        received_at INTEGER NOT NULL,
        payload TEXT NOT NULL
      )`.execute(db);
            // events.profile_id is the profile an event was stored under; merges are recorded in
            // profile_merges and profiles.merged_into and resolved on read, never rewritten here.
            // No secondary index on events: each would turn every insert into a random B-tree write.
            // Deduplication and per-profile reads are served from memory (recent-message-ids.ts,
            // sqlite-event-log.ts), both rebuilt from this table on start.
            await sql `CREATE TABLE identities (key TEXT PRIMARY KEY, profile_id TEXT NOT NULL) WITHOUT ROWID`.execute(db);
            await sql `CREATE INDEX identities_profile ON identities (profile_id)`.execute(db);
            await sql `CREATE TABLE profiles (
        id TEXT PRIMARY KEY,
        user_id TEXT,
        data TEXT,
        search TEXT,
        first_seen_at INTEGER,
        last_seen_at INTEGER,
        merged_into TEXT
      ) WITHOUT ROWID`.execute(db);
            await sql `CREATE TABLE groups (id TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID`.execute(db);
            await sql `CREATE TABLE ingest_drops (
        id INTEGER PRIMARY KEY,
        received_at INTEGER NOT NULL,
        reason TEXT NOT NULL,
        message TEXT NOT NULL,
        message_id TEXT,
        type TEXT,
        sample TEXT NOT NULL
      )`.execute(db);
            await sql `CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`.execute(db);
            await sql `CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL
      )`.execute(db);
            await sql `CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      )`.execute(db);
        },
    },
    '0002-merge-log-and-lists': {
        async up(db) {
            // The analytics index follows merges by this log, as it follows events by seq.
            await sql `CREATE TABLE profile_merges (id INTEGER PRIMARY KEY, from_id TEXT NOT NULL, into_id TEXT NOT NULL)`.execute(db);
            await sql `CREATE TABLE profile_lists (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at INTEGER NOT NULL)`.execute(db);
            await sql `CREATE TABLE profile_list_members (
        list_id TEXT NOT NULL,
        profile_id TEXT NOT NULL,
        PRIMARY KEY (list_id, profile_id)
      ) WITHOUT ROWID`.execute(db);
        },
    },
    '0003-index-retired-profiles': {
        async up(db) {
            // A merge repoints profiles merged into the loser (`WHERE merged_into = ?`). Without an
            // index that scanned every profile per merge, and ingest slowed as the store grew (43k
            // events/s over the first 3M events, 15k over the next 3M). Only retired profiles are
            // indexed, so creating a profile writes nothing more.
            await sql `CREATE INDEX profiles_merged_into ON profiles (merged_into) WHERE merged_into IS NOT NULL`.execute(db);
        },
    },
    '0004-identity-link-log': {
        async up(db) {
            // Keys are user-chosen and random: keyed by them, each new visitor wrote a random page of a
            // growing B-tree, which doubled the pages a commit writes. Appended, the links share the
            // last page; the latest link of a key wins, and lookups are served from memory
            // (identity-links.ts).
            await sql `CREATE TABLE identity_links (seq INTEGER PRIMARY KEY, key TEXT NOT NULL, profile_id TEXT NOT NULL)`.execute(db);
            await sql `INSERT INTO identity_links (key, profile_id) SELECT key, profile_id FROM identities`.execute(db);
            await sql `DROP TABLE identities`.execute(db);
        },
    },
};
/** Hands Kysely's migrator the migrations compiled into this module. */
export const sqliteMigrations = {
    getMigrations: () => Promise.resolve(migrations),
};
//# sourceMappingURL=sqlite-schema.js.map