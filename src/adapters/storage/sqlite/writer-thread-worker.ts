// The writer thread's side of the SQLite writer: what `src/cli/writer-thread.ts` runs in the
// writer that `startWriterThread` (writer-thread.ts) starts. The checkpointer and the sync thread
// have their own (checkpointer.ts, wal-sync-thread.ts), so they load nothing else.
import type { MessagePort } from 'node:worker_threads';
import type { EncodedEvent } from '../../../core/events/index.js';
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
} from './writer-thread-protocol.js';
import { CommitCounter } from './wal-sync-thread.js';

/**
 * The writer thread's side: opens the ingest store and commits each group it is sent, in order,
 * answering each once committed with its commit's number; the server holds the answer until the
 * sync thread has synced that commit. Closes the database when told to, after pending writes.
 */
export function serveWriterThread(
  port: MessagePort,
  data: WriterThreadData,
  makeWriter: (store: IngestStore) => EventWriter,
): void {
  const counter = data.commits ? new CommitCounter(data.commits) : undefined;
  const rows = new CommittedRows(counter);
  const ingest = openSqliteIngestStore({
    ...data,
    externalCheckpoints: true,
    externalSync: counter !== undefined,
    onCommitted: rows.listener,
  });
  const writer = makeWriter(ingest.store);
  const pending = new Set<Promise<void>>();

  const write = async (message: WriteMessage): Promise<void> => {
    const requests = decodeWrite(message);
    try {
      const outcomes = await writer.write(requests);
      const committed = rows.of(requests);
      port.postMessage(writtenReply(message.id, outcomes, requests, committed) satisfies FromWriter);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      port.postMessage({ kind: 'failed', id: message.id, message: text } satisfies FromWriter);
    }
  };
  const close = async (): Promise<void> => {
    await Promise.all(pending);
    await writer.close();
    await ingest.close();
    port.postMessage({ kind: 'closed' } satisfies FromWriter);
    port.close();
  };

  port.on('message', (message: ToWriter) => {
    if (message.kind === 'close') return void close();
    const done = write(message).finally(() => pending.delete(done));
    pending.add(done);
  });
  port.postMessage({ kind: 'ready' } satisfies FromWriter);
}

/** A commit and its number on the shared counter (0 without one). */
type NumberedCommit = Commit & { readonly number: number };

/**
 * What each write committed, numbered for the sync thread. One transaction commits one message's
 * events: its first row says whose.
 */
class CommittedRows {
  private readonly byFirstEvent = new WeakMap<EncodedEvent, NumberedCommit>();

  constructor(private readonly counter: CommitCounter | undefined) {}

  readonly listener: CommitListener = (commit) => {
    const number = this.counter?.commit() ?? 0;
    if (commit.rows.length > 0) this.byFirstEvent.set(commit.rows[0]!.event, { ...commit, number });
  };

  of(requests: readonly WriteRequest[]): NumberedCommit {
    for (const request of requests)
      for (const event of request.events) {
        const found = this.byFirstEvent.get(event);
        if (found) return found;
      }
    // Nothing new (all duplicates): the events it repeats may be in a commit not yet synced.
    return { rows: [], merges: [], links: [], number: this.counter?.latest() ?? 0 };
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
