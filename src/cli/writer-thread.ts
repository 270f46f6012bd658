// The SQLite writer thread's composition root: the ingest store on its own connection, behind
// the same commit rules as in the server thread, and the checkpointer beside it. Started by
// `serve` (see adapters/storage/sqlite/writer-thread.ts).
import { parentPort, workerData } from 'node:worker_threads';
import {
  serveCheckpointer,
  serveWriterThread,
  type WriterThreadData,
  type WriterThreadRole,
} from '../adapters/storage/sqlite/writer-thread.js';
import { nodeIds } from '../adapters/system/node-ids.js';
import { inlineEventWriter } from '../use-cases/commit-events.js';

if (!parentPort) throw new Error('writer-thread.js runs as a worker thread of `waymark serve`');
const data = workerData as WriterThreadData & WriterThreadRole;
if (data.role === 'checkpointer') serveCheckpointer(parentPort, data);
else serveWriterThread(parentPort, data, (store) => inlineEventWriter(store, nodeIds));
