import { Worker, type MessagePort } from 'node:worker_threads';
import type { EncodedEvent } from '../../../core/events/index.js';
import type { EventWriter, IngestStore, WriteOutcome, WriteRequest } from '../../../ports/storage.js';
import type { Commit, CommitListener, CommittedRow } from './sqlite-ingest-store.js';
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
  const writer = new WriterThread(options);
  await writer.started();
  return writer;
}

class WriterThread implements EventWriter {
  private readonly inFlight = new Map<number, InFlight>();
  private nextId = 1;
  private closing = false;
  private closed: Promise<void> | undefined;
  private thread: Promise<Worker>;
  private checkpointer: { readonly worker: Worker; readonly exited: Promise<unknown> } | undefined;

  constructor(private readonly options: WriterThreadOptions) {
    this.thread = this.spawn();
  }

  async started(): Promise<void> {
    await this.thread;
    const worker = new Worker(this.options.entry, {
      workerData: { ...this.options.data, role: 'checkpointer' },
    });
    worker.on('error', (error) => console.error('waymark: checkpointer thread failed', error));
    this.checkpointer = { worker, exited: new Promise((resolve) => worker.once('exit', resolve)) };
  }

  async write(requests: readonly WriteRequest[]): Promise<WriteOutcome[]> {
    if (this.closing) throw new Error('the writer thread is closed');
    const worker = await this.thread;
    const id = this.nextId++;
    const message = encodeWrite(id, requests);
    return new Promise<WriteOutcome[]>((resolve, reject) => {
      this.inFlight.set(id, { events: requests.flatMap((request) => request.events), resolve, reject });
      worker.postMessage(message satisfies ToWriter, [message.numbers.buffer as ArrayBuffer]);
    });
  }

  close(): Promise<void> {
    this.closed ??= this.shutDown();
    return this.closed;
  }

  private async shutDown(): Promise<void> {
    this.closing = true;
    if (this.checkpointer) {
      this.checkpointer.worker.postMessage({ kind: 'close' });
      await this.checkpointer.exited;
    }
    const worker = await this.thread;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage({ kind: 'close' } satisfies ToWriter);
    await exited;
  }

  private spawn(): Promise<Worker> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.options.entry, { workerData: { ...this.options.data, role: 'writer' } });
      let isReady = false;
      worker.on('message', (message: FromWriter) => {
        if (message.kind === 'ready') {
          isReady = true;
          resolve(worker);
        } else if (message.kind === 'written' || message.kind === 'failed') this.onReply(message);
      });
      worker.once('error', (error) => {
        reject(error);
        this.failAll(error);
      });
      worker.once('exit', (code) => {
        reject(new Error(`writer thread exited with code ${code} before it was ready`));
        this.failAll(new Error(`writer thread exited with code ${code}`));
        // A writer that crashed after starting is replaced; the next write waits for the new one.
        if (!this.closing && isReady) {
          this.thread = this.spawn();
          this.thread.catch(() => undefined);
        }
      });
    });
  }

  private onReply(reply: WriteReply): void {
    const entry = this.inFlight.get(reply.id);
    if (!entry) return;
    this.inFlight.delete(reply.id);
    if (reply.kind === 'failed') return entry.reject(new Error(`writer thread: ${reply.message}`));
    this.options.onCommitted({
      rows: committedRows(reply, entry.events),
      merges: reply.merges,
      links: reply.links,
    });
    entry.resolve(decodeOutcomes(reply.outcomes));
  }

  private failAll(error: Error): void {
    for (const entry of this.inFlight.values()) entry.reject(error);
    this.inFlight.clear();
  }
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
  const rows = new CommittedRows();
  const ingest = openSqliteIngestStore({ ...data, externalCheckpoints: true, onCommitted: rows.listener });
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

/** What each write committed. One transaction commits one message's events: its first row says whose. */
class CommittedRows {
  private readonly byFirstEvent = new WeakMap<EncodedEvent, Commit>();

  readonly listener: CommitListener = (commit) => {
    if (commit.rows.length > 0) this.byFirstEvent.set(commit.rows[0]!.event, commit);
  };

  of(requests: readonly WriteRequest[]): Commit {
    for (const request of requests)
      for (const event of request.events) {
        const found = this.byFirstEvent.get(event);
        if (found) return found;
      }
    return { rows: [], merges: [], links: [] };
  }
}

function writtenReply(
  id: number,
  outcomes: readonly WriteOutcome[],
  requests: readonly WriteRequest[],
  { rows, merges, links }: Commit,
): WriteReply {
  return {
    kind: 'written',
    id,
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

/** The checkpointer thread's side: checkpoints until told to close. */
export function serveCheckpointer(port: MessagePort, data: WriterThreadData): void {
  const checkpointer = runCheckpointer(data.file, CHECKPOINT_EVERY_MS);
  port.on('message', () => {
    checkpointer.stop();
    port.close();
  });
}
