import type { Database } from 'better-sqlite3';
import type { Instant } from '../../../core/shared/index.js';
import type { SettingStore, User, UserStore } from '../../../ports/storage.js';
import type { WriteQueue } from './write-queue.js';

interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  created_at: number;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});

/** Settings, users and sign-in sessions. Writes go through the single writer queue. */
export class SqliteAccountStore implements SettingStore, UserStore {
  constructor(
    private readonly writer: Database,
    private readonly reader: Database,
    private readonly queue: WriteQueue,
  ) {}

  async getSetting(key: string): Promise<string | undefined> {
    const row = this.reader.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row?.value;
  }

  setSetting(key: string, value: string): Promise<void> {
    return this.queue.run(async () => {
      this.writer
        .prepare(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        )
        .run(key, value);
    });
  }

  async countUsers(): Promise<number> {
    return (this.reader.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  createUser(user: User): Promise<void> {
    return this.queue.run(async () => {
      this.writer
        .prepare('INSERT INTO users (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)')
        .run(user.id, user.email, user.passwordHash, user.createdAt);
    });
  }

  async findUserByEmail(email: string): Promise<User | undefined> {
    const row = this.reader.prepare('SELECT * FROM users WHERE email = ?').get(email) as UserRow | undefined;
    return row ? toUser(row) : undefined;
  }

  createSession(tokenHash: string, userId: string, expiresAt: Instant): Promise<void> {
    return this.queue.run(async () => {
      this.writer
        .prepare('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)')
        .run(tokenHash, userId, expiresAt);
    });
  }

  async findSessionUser(tokenHash: string, now: Instant): Promise<User | undefined> {
    const row = this.reader
      .prepare(
        `SELECT users.* FROM sessions JOIN users ON users.id = sessions.user_id
         WHERE sessions.token_hash = ? AND sessions.expires_at > ?`,
      )
      .get(tokenHash, now) as UserRow | undefined;
    return row ? toUser(row) : undefined;
  }
}
