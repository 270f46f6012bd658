// The SQLite writer thread's composition root: the ingest store on its own connection, behind
// the same commit rules as in the server thread. Started by `serve` (see writer-thread.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { serveWriterThread, type WriterThreadData } from '../adapters/storage/sqlite/writer-thread.js';
import { nodeIds } from '../adapters/system/node-ids.js';
import { inlineEventWriter } from '../use-cases/commit-events.js';

if (!parentPort) throw new Error('writer-thread.js runs as a worker thread of `waymark serve`');
serveWriterThread(parentPort, workerData as WriterThreadData, (store) => inlineEventWriter(store, nodeIds));
