// The composition root of the SQLite store's threads: the writer (the ingest store on its own
// connection, behind the same commit rules as in the server thread), the checkpointer and the WAL
// sync thread. Started by `serve` and `import` (see adapters/storage/sqlite/writer-thread.ts).
// Each role imports only its own module: the sync thread starts in milliseconds, and neither it
// nor the checkpointer carries the writer's dependencies.
import { parentPort, workerData } from 'node:worker_threads';
import type {
  WriterThreadData,
  WriterThreadRole,
} from '../adapters/storage/sqlite/writer-thread-protocol.js';

if (!parentPort) throw new Error('writer-thread.js runs as a worker thread of `waymark serve`');
const port = parentPort;
const data = workerData as WriterThreadData & WriterThreadRole;
if (data.role === 'checkpointer') {
  const { serveCheckpointer } = await import('../adapters/storage/sqlite/checkpointer.js');
  serveCheckpointer(port, data);
} else if (data.role === 'syncer') {
  const { serveSyncThread } = await import('../adapters/storage/sqlite/wal-sync-thread.js');
  serveSyncThread(port, data);
} else {
  const { serveWriterThread } = await import('../adapters/storage/sqlite/writer-thread-worker.js');
  const { nodeIds } = await import('../adapters/system/node-ids.js');
  const { inlineEventWriter } = await import('../use-cases/commit-events.js');
  serveWriterThread(port, data, (store) => inlineEventWriter(store, nodeIds));
}
