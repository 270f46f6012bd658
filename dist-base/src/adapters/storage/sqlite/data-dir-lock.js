import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { WaymarkError } from '../../../core/shared/index.js';
/** The file whose SQLite lock marks a data directory as taken. */
export const LOCK_FILE = 'waymark.lock';
/**
 * Takes the data directory for this process alone. A process keeps what it knows of the store in
 * memory (the identity map, the message ids it has seen, the event index), so a second process
 * writing the same store would split profiles and miss duplicates. The lock is SQLite's own file
 * lock, held by an open exclusive transaction: the operating system drops it when the process
 * ends, even by `kill -9`, so no stale lock is ever left behind.
 */
export function lockDataDir(dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    const db = new BetterSqlite3(path.join(dataDir, LOCK_FILE), { timeout: 0 });
    try {
        // Nothing is ever written here: no journal file needs to sit beside the lock.
        db.pragma('journal_mode = MEMORY');
        db.exec('BEGIN EXCLUSIVE');
    }
    catch (error) {
        db.close();
        if (error.code !== 'SQLITE_BUSY')
            throw error;
        throw new WaymarkError('E_STORE_IN_USE', `the data directory ${dataDir} is in use by another Waymark process: stop it first, or send the events to the running server (POST /v1/import)`);
    }
    return { release: () => db.close() };
}
//# sourceMappingURL=data-dir-lock.js.map