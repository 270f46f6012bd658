import { Worker, type MessagePort } from 'node:worker_threads';
import type { EncodedEvent } from '../../../core/events/index.js';
import type { EventWriter, IngestStore, WriteOutcome, WriteRequest } from '../../../ports/storage.js';
import type { CommitListener, CommittedMerge, CommittedRow } from './sqlite-ingest-store.js';
import { runCheckpointer } from './checkpointer.js';
import { openSqliteIngestStore } from './sqlite-storage.js';
import {
  decodeOutcomes,
  decodeWrite,
  encodeOutcomes,
  encodeWrite,
  type WriteMessage,
  type WriteReply,
} from './writer-thread-protocol.js';

/** What the writer thread needs to open the database. */
export interface WriterThreadData {
  readonly file: string;
  readonly synchronous: 'full' | 'normal';
  /** The current time, for the deduplication window. */
  readonly now: number;
}

/** The entry script serves both threads; this tells it which one it is. */
export type WriterThreadRole = { readonly role: 'writer' | 'checkpointer' };

/** How often the checkpointer thread copies the WAL into the database. */
const CHECKPOINT_EVERY_MS = 100;

export interface WriterThreadOptions {
  /** The thread's script: a composition root that calls `serveWriterThread`. */
  readonly entry: URL;
  readonly data: WriterThreadData;
  /** Told of every commit, with the server's own event objects. */
  readonly onCommitted: CommitListener;
}

type ToWriter = WriteMessage | { readonly kind: 'close' };
type FromWriter = WriteReply | { readonly kind: 'ready' } | { readonly kind: 'closed' };

interface InFlight {
  readonly events: readonly EncodedEvent[];
  readonly resolve: (outcomes: WriteOutcome[]) => void;
  readonly reject: (error: Error) => void;
}

/**
 * An EventWriter whose transactions run on a thread of their own, so inserts, fsyncs and
 * checkpoints never block the thread that serves HTTP. Resolves once the thread is ready.
 */
export async function startWriterThread(options: WriterThreadOptions): Promise<EventWriter> {
  const inFlight = new Map<number, InFlight>();
  let nextId = 1;
  let closing = false;
  const failAll = (error: Error): void => {
    for (const entry of inFlight.values()) entry.reject(error);
    inFlight.clear();
  };
  const onReply = (reply: WriteReply): void => {
    const entry = inFlight.get(reply.id);
    if (!entry) return;
    inFlight.delete(reply.id);
    if (reply.kind === 'failed') return entry.reject(new Error(`writer thread: ${reply.message}`));
    options.onCommitted(committedRows(reply, entry.events), reply.merges);
    entry.resolve(decodeOutcomes(reply.outcomes));
  };
  const spawn = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(options.entry, { workerData: { ...options.data, role: 'writer' } });
      let isReady = false;
      worker.on('message', (message: FromWriter) => {
        if (message.kind === 'ready') {
          isReady = true;
          resolve(worker);
        } else if (message.kind === 'written' || message.kind === 'failed') onReply(message);
      });
      worker.once('error', (error) => {
        reject(error);
        failAll(error);
      });
      worker.once('exit', (code) => {
        reject(new Error(`writer thread exited with code ${code} before it was ready`));
        failAll(new Error(`writer thread exited with code ${code}`));
        // A writer that crashed after starting is replaced; the next write waits for the new one.
        if (!closing && isReady) {
          thread = spawn();
          thread.catch(() => undefined);
        }
      });
    });
  let thread = spawn();
  await thread;
  const checkpointer = new Worker(options.entry, { workerData: { ...options.data, role: 'checkpointer' } });
  checkpointer.on('error', (error) => console.error('waymark: checkpointer thread failed', error));
  const checkpointerExited = new Promise((resolve) => checkpointer.once('exit', resolve));
  let closed: Promise<void> | undefined;
  const shutDown = async (): Promise<void> => {
    closing = true;
    checkpointer.postMessage({ kind: 'close' });
    await checkpointerExited;
    const worker = await thread;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage({ kind: 'close' } satisfies ToWriter);
    await exited;
  };
  return {
    async write(requests: readonly WriteRequest[]) {
      if (closing) throw new Error('the writer thread is closed');
      const worker = await thread;
      const id = nextId++;
      const message = encodeWrite(id, requests);
      return new Promise<WriteOutcome[]>((resolve, reject) => {
        inFlight.set(id, { events: requests.flatMap((request) => request.events), resolve, reject });
        worker.postMessage(message satisfies ToWriter, [message.numbers.buffer as ArrayBuffer]);
      });
    },
    close() {
      closed ??= shutDown();
      return closed;
    },
  };
}

function committedRows(
  reply: WriteReply & { kind: 'written' },
  events: readonly EncodedEvent[],
): CommittedRow[] {
  const rows: CommittedRow[] = [];
  for (let i = 0; i < reply.positions.length; i++) {
    rows.push({ seq: reply.seqs[i]!, profileId: reply.profileIds[i]!, event: events[reply.positions[i]!]! });
  }
  return rows;
}

/**
 * The writer thread's side: opens the ingest store and commits each group it is sent, in order,
 * answering each once it is durable. Groups do not wait for each other's fsync. Closes the
 * database when told to, after pending writes.
 */
export function serveWriterThread(
  port: MessagePort,
  data: WriterThreadData,
  makeWriter: (store: IngestStore) => EventWriter,
): void {
  // Each transaction commits one message's events: the first row tells whose rows these are.
  const committed = new WeakMap<
    EncodedEvent,
    { rows: readonly CommittedRow[]; merges: readonly CommittedMerge[] }
  >();
  const ingest = openSqliteIngestStore({
    ...data,
    externalCheckpoints: true,
    onCommitted: (rows, merges) => {
      if (rows.length > 0) committed.set(rows[0]!.event, { rows, merges });
    },
  });
  const writer = makeWriter(ingest.store);
  const pending = new Set<Promise<void>>();
  const committedOf = (requests: readonly WriteRequest[]) => {
    for (const request of requests)
      for (const event of request.events) {
        const found = committed.get(event);
        if (found) return found;
      }
    return { rows: [], merges: [] };
  };

  const write = async (message: WriteMessage): Promise<void> => {
    const requests = decodeWrite(message);
    try {
      const outcomes = await writer.write(requests);
      const { rows, merges } = committedOf(requests);
      port.postMessage(writtenReply(message.id, outcomes, requests, rows, merges) satisfies FromWriter);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      port.postMessage({ kind: 'failed', id: message.id, message: text } satisfies FromWriter);
    }
  };

  port.on('message', (message: ToWriter) => {
    if (message.kind === 'write') {
      const done = write(message).finally(() => pending.delete(done));
      pending.add(done);
      return;
    }
    void Promise.all(pending).then(async () => {
      await writer.close();
      await ingest.close();
      port.postMessage({ kind: 'closed' } satisfies FromWriter);
      port.close();
    });
  });
  port.postMessage({ kind: 'ready' } satisfies FromWriter);
}

function writtenReply(
  id: number,
  outcomes: readonly WriteOutcome[],
  requests: readonly WriteRequest[],
  rows: readonly CommittedRow[],
  merges: readonly CommittedMerge[],
): WriteReply {
  const position = new Map<EncodedEvent, number>();
  for (const request of requests) for (const event of request.events) position.set(event, position.size);
  return {
    kind: 'written',
    id,
    outcomes: encodeOutcomes(outcomes),
    positions: Int32Array.from(rows, (row) => position.get(row.event) ?? -1),
    seqs: Float64Array.from(rows, (row) => row.seq),
    profileIds: rows.map((row) => row.profileId),
    merges,
  };
}

/** The checkpointer thread's side: checkpoints until told to close. */
export function serveCheckpointer(port: MessagePort, data: WriterThreadData): void {
  const checkpointer = runCheckpointer(data.file, CHECKPOINT_EVERY_MS);
  port.on('message', () => {
    checkpointer.stop();
    port.close();
  });
}
