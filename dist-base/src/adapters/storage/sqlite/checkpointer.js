import BetterSqlite3 from 'better-sqlite3';
/**
 * Copies WAL frames into the database file on a connection of its own, on a thread of its own:
 * the bulk of checkpointing (reading the WAL, writing pages, fsyncing the database) then never
 * stops the writer. PASSIVE checkpoints take no lock a writer needs; the writer finishes each
 * cycle itself (SqliteIngestStore.finishCheckpoint) so the WAL can start over.
 */
export function runCheckpointer(file, everyMs) {
    const db = new BetterSqlite3(file);
    db.pragma('busy_timeout = 0');
    const timer = setInterval(() => {
        try {
            db.pragma('wal_checkpoint(PASSIVE)');
        }
        catch {
            // Busy or interrupted: the next tick tries again, and the writer's own checkpoint still runs.
        }
    }, everyMs);
    return {
        stop() {
            clearInterval(timer);
            db.close();
        },
    };
}
//# sourceMappingURL=checkpointer.js.map