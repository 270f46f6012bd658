import type { Database } from 'better-sqlite3';
import type { ProfileId } from '../../../core/shared/index.js';
import type { ProfileList, ProfileListStore } from '../../../ports/analytics-source.js';
import type { WriteQueue } from './write-queue.js';

/** Static profile lists. Members are resolved through merges when read, so a list follows people. */
export class SqliteListStore implements ProfileListStore {
  constructor(
    private readonly writer: Database,
    private readonly reader: Database,
    private readonly queue: WriteQueue,
  ) {}

  createList(
    list: { id: string; name: string; createdAt: number },
    members: readonly ProfileId[],
  ): Promise<ProfileList> {
    return this.queue.run(async () => {
      const insertMember = this.writer.prepare(
        'INSERT OR IGNORE INTO profile_list_members (list_id, profile_id) VALUES (?, ?)',
      );
      this.writer.transaction(() => {
        this.writer
          .prepare('INSERT INTO profile_lists (id, name, created_at) VALUES (?, ?, ?)')
          .run(list.id, list.name, list.createdAt);
        for (const member of members) insertMember.run(list.id, member);
      })();
      return { ...list, size: new Set(members).size };
    });
  }

  async listMembers(id: string): Promise<Set<string> | undefined> {
    const exists = this.reader.prepare('SELECT 1 FROM profile_lists WHERE id = ?').get(id);
    if (!exists) return undefined;
    const rows = this.reader
      .prepare(
        `SELECT coalesce(p.merged_into, m.profile_id) AS id FROM profile_list_members m
         LEFT JOIN profiles p ON p.id = m.profile_id WHERE m.list_id = ?`,
      )
      .raw()
      .all(id) as Array<[string]>;
    return new Set(rows.map((row) => row[0]));
  }

  async lists(): Promise<ProfileList[]> {
    const rows = this.reader
      .prepare(
        `SELECT l.id, l.name, l.created_at, count(m.profile_id) AS size FROM profile_lists l
         LEFT JOIN profile_list_members m ON m.list_id = l.id GROUP BY l.id ORDER BY l.created_at DESC`,
      )
      .all() as Array<{ id: string; name: string; created_at: number; size: number }>;
    return rows.map((row) => ({ id: row.id, name: row.name, size: row.size, createdAt: row.created_at }));
  }
}
