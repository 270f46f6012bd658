// The writer thread's side of the SQLite writer: what `src/cli/writer-thread.ts` runs in the
// writer that `startWriterThread` (writer-thread.ts) starts. The checkpointer and the sync thread
// have their own (checkpointer.ts, wal-sync-thread.ts), so they load nothing else.
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { EventWriter, IngestStore, WriteOutcome, WriteRequest } from '../../../ports/storage.js';
import type { Commit, CommitListener, CommittedRow } from './sqlite-ingest-store.js';
import { openSqliteIngestStore } from './sqlite-storage.js';
import {
  decodeWrite,
  encodeOutcomes,
  type FromWriter,
  type ToWriter,
  type WriteMessage,
  type WriteReply,
  type WriterThreadData,
  type WriterThreadRole,
} from './writer-thread-protocol.js';
import { CommitCounter } from './wal-sync-thread.js';

/**
 * The writer thread's side: opens the ingest store and commits each group it is sent, in order,
 * answering each once committed with its commit's number; the server holds the answer until the
 * sync thread has synced that commit. Closes the database when told to, after pending writes.
 */
export function serveWriterThread(
  port: MessagePort,
  data: WriterThreadData & WriterThreadRole,
  makeWriter: (store: IngestStore) => EventWriter,
): void {
  const writes = data.writes;
  if (!writes) throw new Error('the writer thread needs the port its writes come on');
  const counter = data.commits ? new CommitCounter(data.commits) : undefined;
  const commits = new LastCommit(counter);
  const ingest = openSqliteIngestStore({ ...data, onCommitted: commits.listener });
  const writer = makeWriter(ingest.store);

  const write = async (message: WriteMessage): Promise<void> => {
    const requests = decodeWrite(message);
    commits.clear();
    try {
      const outcomes = await writer.write(requests);
      port.postMessage(writtenReply(message.id, outcomes, requests, commits.take()) satisfies FromWriter);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      port.postMessage({ kind: 'failed', id: message.id, message: text } satisfies FromWriter);
    }
  };
  // One write at a time, taken off the writes port only when the last one is answered: writes
  // waiting their turn stay serialized instead of aging in this thread's young generation. Each
  // `write` notice follows its write onto the port, so a notice always finds its write there.
  let running: Promise<void> | undefined;
  let drained: (() => void) | undefined;
  const next = (): void => {
    if (running) return;
    const received = receiveMessageOnPort(writes);
    if (!received) return drained?.();
    running = write(received.message as WriteMessage).finally(() => {
      running = undefined;
      next();
    });
  };
  const close = async (): Promise<void> => {
    await new Promise<void>((resolve) => {
      drained = resolve;
      next();
    });
    await writer.close();
    await ingest.close();
    writes.close();
    port.postMessage({ kind: 'closed' } satisfies FromWriter);
    port.close();
  };

  port.on('message', (message: ToWriter) => {
    if (message.kind === 'close') return void close();
    next();
  });
  port.postMessage({ kind: 'ready' } satisfies FromWriter);
}

/** A commit and its number on the shared counter (0 without one). */
type NumberedCommit = Commit & { readonly number: number };

/**
 * What the write under way committed, numbered for the sync thread: writes run one at a time, one
 * transaction each. Held in a plain field: in a WeakMap keyed by the first event, whose rows refer
 * back to that key, scavenges did not free the entries, which tripled the writer's scavenge time.
 */
class LastCommit {
  private last: NumberedCommit | undefined;

  constructor(private readonly counter: CommitCounter | undefined) {}

  readonly listener: CommitListener = (commit) => {
    this.last = { ...commit, number: this.counter?.commit() ?? 0 };
  };

  clear(): void {
    this.last = undefined;
  }

  /** The write's commit; without one (nothing new) the latest, which may hold what it repeats. */
  take(): NumberedCommit {
    const last = this.last ?? { rows: [], merges: [], links: [], number: this.counter?.latest() ?? 0 };
    this.last = undefined;
    return last;
  }
}

function writtenReply(
  id: number,
  outcomes: readonly WriteOutcome[],
  requests: readonly WriteRequest[],
  { rows, merges, links, number }: NumberedCommit,
): WriteReply {
  return {
    kind: 'written',
    id,
    commit: number,
    outcomes: encodeOutcomes(outcomes),
    positions: positionsOf(rows, requests),
    seqs: Float64Array.from(rows, (row) => row.seq),
    profileIds: rows.map((row) => row.profileId),
    merges,
    links,
  };
}

/** Where each committed row's event sits in the message: rows keep the events' order, less duplicates. */
function positionsOf(rows: readonly CommittedRow[], requests: readonly WriteRequest[]): Int32Array {
  const positions = new Int32Array(rows.length);
  let row = 0;
  let at = 0;
  for (const request of requests)
    for (const event of request.events) {
      if (row < rows.length && rows[row]!.event === event) positions[row++] = at;
      at++;
    }
  if (row !== rows.length) throw new Error('committed rows are not in the order of their events');
  return positions;
}
