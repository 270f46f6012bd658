// Read-only look at a server's SQLite file, for what the API does not show (integrations,
// duplicate rows). Opens read-only so a test can never change what the server stored.
import path from 'node:path';
import Database from 'better-sqlite3';

export const DB_FILE = 'waymark.db';

/** Runs `read` on a read-only connection to `<dataDir>/waymark.db` and closes it. */
export function withDatabase<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, DB_FILE), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Message ids stored more than once: must always be empty. */
export function duplicateMessageIds(dataDir: string): Array<{ message_id: string; n: number }> {
  return withDatabase(
    dataDir,
    (db) =>
      db
        .prepare(
          'SELECT message_id, count(*) AS n FROM events GROUP BY source_id, message_id HAVING count(*) > 1',
        )
        .all() as Array<{ message_id: string; n: number }>,
  );
}

/** Every stored message id. */
export function storedMessageIds(dataDir: string): Set<string> {
  return withDatabase(
    dataDir,
    (db) =>
      new Set(
        (db.prepare('SELECT message_id FROM events').all() as Array<{ message_id: string }>).map(
          (r) => r.message_id,
        ),
      ),
  );
}

/** The JSON payload column of one stored event (properties, traits, context, integrations). */
export function storedPayload(dataDir: string, messageId: string): Record<string, unknown> | undefined {
  return withDatabase(dataDir, (db) => {
    const row = db.prepare('SELECT payload FROM events WHERE message_id = ?').get(messageId) as
      { payload: string } | undefined;
    return row ? (JSON.parse(row.payload) as Record<string, unknown>) : undefined;
  });
}
