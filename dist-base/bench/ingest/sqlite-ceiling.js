import BetterSqlite3 from 'better-sqlite3';
import { openSqliteStorage } from '../../src/adapters/storage/sqlite/sqlite-storage.js';
// The product's insert (src/adapters/storage/sqlite/sqlite-ingest-store.ts), column for column.
const INSERT_EVENT = `INSERT INTO events (source_id, message_id, type, event, name, profile_id, user_id, anonymous_id, group_id,
  previous_id, timestamp, original_timestamp, sent_at, received_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
/** Rows as the server would write them for these calls (payload = properties, traits, context with ip, integrations). */
export function eventRows(calls, receivedAt) {
    return calls.map((call) => {
        const at = Date.parse(call.timestamp);
        const payload = JSON.stringify({
            properties: call.properties ?? {},
            traits: call.traits ?? {},
            context: { ...call.context, ip: '127.0.0.1' },
            integrations: {},
        });
        const profileId = `prf_${call.userId ?? call.anonymousId}`;
        return [
            'default',
            call.messageId,
            call.type,
            call.event ?? null,
            call.name ?? null,
            profileId,
            call.userId ?? null,
            call.anonymousId ?? null,
            null,
            null,
            at,
            at,
            null,
            receivedAt,
            payload,
        ];
    });
}
/**
 * The pragmas the product sets on its writer connection (the first one `openSqliteStorage` opens),
 * recorded while it creates `file` with its own migrations, so the ceiling runs on the same settings.
 */
async function productWriterPragmas(file, synchronous) {
    const prototype = BetterSqlite3.prototype;
    const original = prototype.pragma;
    const calls = [];
    prototype.pragma = function (source, options) {
        calls.push({ connection: this, source });
        return original.call(this, source, options);
    };
    try {
        await (await openSqliteStorage({ file, synchronous })).close();
    }
    finally {
        prototype.pragma = original;
    }
    const writer = calls[0]?.connection;
    return calls.filter((call) => call.connection === writer).map((call) => call.source);
}
/**
 * The physical ceiling of the storage: bare better-sqlite3 inserting prepared rows into the
 * product's own schema with the product's pragmas, one `BEGIN IMMEDIATE … COMMIT` per
 * `transactionSize` rows. No HTTP, JSON or identity work.
 */
export async function measureSqliteCeiling(file, rows, options) {
    const pragmas = await productWriterPragmas(file, options.synchronous);
    const db = new BetterSqlite3(file);
    for (const pragma of pragmas)
        db.pragma(pragma);
    const insert = db.prepare(INSERT_EVENT);
    const startedAt = performance.now();
    for (let from = 0; from < rows.length; from += options.transactionSize) {
        db.exec('BEGIN IMMEDIATE');
        const to = Math.min(rows.length, from + options.transactionSize);
        for (let i = from; i < to; i++)
            insert.run(...rows[i]);
        db.exec('COMMIT');
    }
    const seconds = (performance.now() - startedAt) / 1000;
    db.close();
    return { ...options, events: rows.length, seconds, pragmas };
}
//# sourceMappingURL=sqlite-ceiling.js.map