/** Static profile lists. Members are resolved through merges when read, so a list follows people. */
export class SqliteListStore {
    writer;
    reader;
    queue;
    constructor(writer, reader, queue) {
        this.writer = writer;
        this.reader = reader;
        this.queue = queue;
    }
    createList(list, members) {
        return this.queue.run(async () => {
            const insertMember = this.writer.prepare('INSERT OR IGNORE INTO profile_list_members (list_id, profile_id) VALUES (?, ?)');
            this.writer.transaction(() => {
                this.writer
                    .prepare('INSERT INTO profile_lists (id, name, created_at) VALUES (?, ?, ?)')
                    .run(list.id, list.name, list.createdAt);
                for (const member of members)
                    insertMember.run(list.id, member);
            })();
            return { ...list, size: new Set(members).size };
        });
    }
    async listMembers(id) {
        const exists = this.reader.prepare('SELECT 1 FROM profile_lists WHERE id = ?').get(id);
        if (!exists)
            return undefined;
        const rows = this.reader
            .prepare(`SELECT coalesce(p.merged_into, m.profile_id) AS id FROM profile_list_members m
         LEFT JOIN profiles p ON p.id = m.profile_id WHERE m.list_id = ?`)
            .raw()
            .all(id);
        return new Set(rows.map((row) => row[0]));
    }
    async lists() {
        const rows = this.reader
            .prepare(`SELECT l.id, l.name, l.created_at, count(m.profile_id) AS size FROM profile_lists l
         LEFT JOIN profile_list_members m ON m.list_id = l.id GROUP BY l.id ORDER BY l.created_at DESC`)
            .all();
        return rows.map((row) => ({ id: row.id, name: row.name, size: row.size, createdAt: row.created_at }));
    }
}
//# sourceMappingURL=sqlite-list-store.js.map