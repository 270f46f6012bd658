import type { SqliteStorage } from '../adapters/storage/sqlite/sqlite-storage.js';
import { startWriterThread } from '../adapters/storage/sqlite/writer-thread.js';
import { nodeIds } from '../adapters/system/node-ids.js';
import type { Clock } from '../ports/clock.js';
import { createEventIngestor, type EventIngestor } from '../use-cases/ingest-events.js';

/** The writer thread's script, beside this file once compiled. */
const WRITER_ENTRY = new URL('./writer-thread.js', import.meta.url);

export interface EventIngestOptions {
  readonly storage: SqliteStorage;
  readonly file: string;
  readonly synchronous: 'full' | 'normal';
  readonly clock: Clock;
  /** Events per group sent to the writer thread (decision 0009). */
  readonly groupEvents: number;
}

/**
 * The ingest path as `serve` and `import` run it: validation in this thread, commits on the
 * writer thread, up to four groups in flight. `close()` waits for everything accepted.
 */
export async function startEventIngest(
  options: EventIngestOptions,
): Promise<{ readonly ingestor: EventIngestor; close(): Promise<void> }> {
  const { storage, clock } = options;
  const writer = await startWriterThread({
    entry: WRITER_ENTRY,
    data: { file: options.file, synchronous: options.synchronous, now: clock.now() },
    follower: storage.follower,
  });
  const ingestor = createEventIngestor({
    writer,
    clock,
    ids: nodeIds,
    defer: setImmediate,
    maxWritesInFlight: 4,
    groupEvents: options.groupEvents,
  });
  return {
    ingestor,
    async close() {
      await ingestor.drain();
      await writer.close();
    },
  };
}
