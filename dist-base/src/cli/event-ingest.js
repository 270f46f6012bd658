import { startWriterThread } from '../adapters/storage/sqlite/writer-thread.js';
import { nodeIds } from '../adapters/system/node-ids.js';
import { createEventIngestor } from '../use-cases/ingest-events.js';
/** The writer thread's script, beside this file once compiled. */
const WRITER_ENTRY = new URL('./writer-thread.js', import.meta.url);
/**
 * The ingest path as `serve` and `import` run it: validation in this thread, commits on the
 * writer thread, up to four groups in flight. `close()` waits for everything accepted.
 */
export async function startEventIngest(options) {
    const { storage, clock } = options;
    const writer = await startWriterThread({
        entry: WRITER_ENTRY,
        data: { file: options.file, synchronous: options.synchronous, now: clock.now() },
        onCommitted: storage.pushCommitted,
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
//# sourceMappingURL=event-ingest.js.map