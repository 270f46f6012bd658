import type { MessagePort } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import type { WriterThreadData } from './writer-thread-protocol.js';

/**
 * How often the checkpointer thread copies the WAL into the database. Often, because the writer
 * copies whatever is left when it finishes a cycle (once a second), and commits wait meanwhile:
 * at 100 ms that took 12-17 ms on average and up to 49 ms under load, at 25 ms 3 ms and at most 8.
 */
const CHECKPOINT_EVERY_MS = 25;

/** The checkpointer thread's side: checkpoints until told to close. */
export function serveCheckpointer(port: MessagePort, data: WriterThreadData): void {
  const checkpointer = runCheckpointer(data.file, CHECKPOINT_EVERY_MS);
  port.on('message', () => {
    checkpointer.stop();
    port.close();
  });
}

/**
 * Copies WAL frames into the database file on a connection of its own, on a thread of its own:
 * the bulk of checkpointing (reading the WAL, writing pages, fsyncing the database) then never
 * stops the writer. PASSIVE checkpoints take no lock a writer needs; the writer finishes each
 * cycle itself (SqliteIngestStore.finishCheckpoint) so the WAL can start over.
 */
export function runCheckpointer(file: string, everyMs: number): { stop(): void } {
  const db = new BetterSqlite3(file);
  db.pragma('busy_timeout = 0');
  const timer = setInterval(() => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
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
