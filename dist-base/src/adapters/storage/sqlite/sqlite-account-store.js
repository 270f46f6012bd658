const toUser = (row) => ({
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
});
/** Settings, users and sign-in sessions. Writes go through the single writer queue. */
export class SqliteAccountStore {
    writer;
    reader;
    queue;
    constructor(writer, reader, queue) {
        this.writer = writer;
        this.reader = reader;
        this.queue = queue;
    }
    async getSetting(key) {
        const row = this.reader.prepare('SELECT value FROM settings WHERE key = ?').get(key);
        return row?.value;
    }
    setSetting(key, value) {
        return this.queue.run(async () => {
            this.writer
                .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
                .run(key, value);
        });
    }
    async countUsers() {
        return this.reader.prepare('SELECT count(*) AS n FROM users').get().n;
    }
    createUser(user) {
        return this.queue.run(async () => {
            this.writer
                .prepare('INSERT INTO users (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)')
                .run(user.id, user.email, user.passwordHash, user.createdAt);
        });
    }
    async findUserByEmail(email) {
        const row = this.reader.prepare('SELECT * FROM users WHERE email = ?').get(email);
        return row ? toUser(row) : undefined;
    }
    createSession(tokenHash, userId, expiresAt) {
        return this.queue.run(async () => {
            this.writer
                .prepare('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)')
                .run(tokenHash, userId, expiresAt);
        });
    }
    async findSessionUser(tokenHash, now) {
        const row = this.reader
            .prepare(`SELECT users.* FROM sessions JOIN users ON users.id = sessions.user_id
         WHERE sessions.token_hash = ? AND sessions.expires_at > ?`)
            .get(tokenHash, now);
        return row ? toUser(row) : undefined;
    }
}
//# sourceMappingURL=sqlite-account-store.js.map