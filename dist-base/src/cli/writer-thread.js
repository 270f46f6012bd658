// The composition root of the SQLite store's threads: the writer (the ingest store on its own
// connection, behind the same commit rules as in the server thread), the checkpointer and the WAL
// sync thread. Started by `serve` and `import` (see adapters/storage/sqlite/writer-thread.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { serveCheckpointer, serveSyncThread, serveWriterThread, } from '../adapters/storage/sqlite/writer-thread-worker.js';
import { nodeIds } from '../adapters/system/node-ids.js';
import { inlineEventWriter } from '../use-cases/commit-events.js';
if (!parentPort)
    throw new Error('writer-thread.js runs as a worker thread of `waymark serve`');
const data = workerData;
if (data.role === 'checkpointer')
    serveCheckpointer(parentPort, data);
else if (data.role === 'syncer')
    serveSyncThread(parentPort, data);
else
    serveWriterThread(parentPort, data, (store) => inlineEventWriter(store, nodeIds));
//# sourceMappingURL=writer-thread.js.map