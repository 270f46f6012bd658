import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { EventWriter, WriteOutcome, WriteRequest } from '../../../ports/storage.js';
import { DurableGate } from './durable-gate.js';
import type { CommitFollower, EventDigest } from './event-digest.js';
import {
  decodeOutcomes,
  encodeWrite,
  type FromWriter,
  type ToWriter,
  type WriteReply,
  type WriterThreadData,
  type WriterThreadRole,
} from './writer-thread-protocol.js';
import { CommitCounter, type SyncReport } from './wal-sync-thread.js';

export interface WriterThreadOptions {
  /** The thread's script: a composition root that calls `serveWriterThread`. */
  readonly entry: URL;
  readonly data: WriterThreadData;
  /** Digests each write's events as it is sent, and is told of each commit once it is durable. */
  readonly follower: CommitFollower;
}

interface InFlight {
  readonly digest: EventDigest;
  readonly resolve: (outcomes: WriteOutcome[]) => void;
  readonly reject: (error: Error) => void;
}

/** A committed write waiting for its fsync. */
type Answer = InFlight & { readonly reply: WriteReply & { kind: 'written' } };

interface Helper {
  readonly worker: Worker;
  readonly exited: Promise<unknown>;
}

/** The writer, and the port its writes go on (see `ToWriter`). */
interface Writer {
  readonly worker: Worker;
  readonly writes: MessagePort;
}

/** What the owner of a supervised thread does with its messages and its end. */
interface Supervision<M> {
  readonly name: string;
  message(message: M): void;
  /** The thread failed or exited: whatever waited on it will not be answered by it. */
  lost(error: Error): void;
  /** Called after `lost` when a thread that had started dies while the store is open. */
  replace(): void;
}

/**
 * An EventWriter whose transactions run on a thread of their own, so inserts, fsyncs and
 * checkpoints never block the thread that serves HTTP. With synchronous=full, a sync thread
 * fdatasyncs the WAL behind the writer, and each write resolves once its commit is synced.
 * Resolves once the threads are ready.
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
  private thread!: Promise<Writer>;
  private checkpointer: Helper | undefined;
  /** With synchronous=full: the sync thread, the counter it follows, and the answers waiting for it. */
  private readonly durability:
    | { readonly counter: CommitCounter; readonly gate: DurableGate<Answer>; syncer?: Helper; broken?: Error }
    | undefined;

  constructor(private readonly options: WriterThreadOptions) {
    if (options.data.synchronous === 'full') {
      this.durability = {
        counter: new CommitCounter(),
        gate: new DurableGate<Answer>(
          (answer) => this.settle(answer),
          (answer, error) => this.settle(answer, error),
        ),
      };
    }
    this.startWriter();
  }

  async started(): Promise<void> {
    await this.thread;
    this.checkpointer = this.helper('checkpointer');
    this.checkpointer.worker.on('error', (error) =>
      console.error('waymark: checkpointer thread failed', error),
    );
    // Until the sync thread runs, nothing can be answered.
    if (this.durability) await this.startSyncer();
  }

  private helper(role: WriterThreadRole['role'], writes?: MessagePort): Helper {
    const workerData: WriterThreadData & WriterThreadRole = {
      ...this.threadData(),
      role,
      ...(writes ? { writes } : {}),
    };
    const worker = new Worker(this.options.entry, { workerData, transferList: writes ? [writes] : [] });
    return { worker, exited: new Promise((resolve) => worker.once('exit', resolve)) };
  }

  private threadData(): WriterThreadData {
    const commits = this.durability?.counter.buffer;
    return { ...this.options.data, ...(commits ? { commits } : {}) };
  }

  /**
   * A thread of the store that says `ready` once it runs: resolves then, rejects if it fails
   * first. One that dies after starting is reported lost, then replaced unless the store closes.
   */
  private supervise<M extends { readonly kind: string }>(
    role: 'writer' | 'syncer',
    on: Supervision<M>,
    writes?: MessagePort,
  ): { readonly helper: Helper; readonly ready: Promise<Worker> } {
    const helper = this.helper(role, writes);
    const { worker } = helper;
    let isReady = false;
    const ready = new Promise<Worker>((resolve, reject) => {
      worker.on('message', (message: M | { kind: 'ready' }) => {
        if (message.kind !== 'ready') return on.message(message as M);
        isReady = true;
        resolve(worker);
      });
      worker.once('error', (error) => {
        reject(error);
        on.lost(error);
      });
      worker.once('exit', (code) => {
        reject(new Error(`${on.name} exited with code ${code} before it was ready`));
        on.lost(new Error(`${on.name} exited with code ${code}`));
        if (isReady && !this.closing) on.replace();
      });
    });
    return { helper, ready };
  }

  /** The writer; the next write after a crash waits for its replacement. */
  private startWriter(): void {
    const { port1: writes, port2 } = new MessageChannel();
    const { ready } = this.supervise<FromWriter>(
      'writer',
      {
        name: 'writer thread',
        message: (message) => {
          if (message.kind === 'written' || message.kind === 'failed') this.onReply(message);
        },
        lost: (error) => {
          writes.close();
          this.failAll(error);
        },
        replace: () => {
          this.startWriter();
          this.thread.catch(() => undefined);
        },
      },
      port2,
    );
    this.thread = ready.then((worker) => ({ worker, writes }));
  }

  /**
   * The sync thread; resolves once it runs. One that dies fails the answers it held (their fsync
   * is unknown), and its replacement syncs everything committed.
   */
  private async startSyncer(): Promise<void> {
    const durability = this.durability!;
    const { helper, ready } = this.supervise<SyncReport>('syncer', {
      name: 'the WAL sync thread',
      message: (report) => durability.gate.report(report),
      lost: (error) => durability.gate.failAll(error),
      replace: () =>
        this.startSyncer().catch((error: unknown) => {
          // Without a sync thread no write can be answered as durable: fail them, loudly.
          durability.broken = error instanceof Error ? error : new Error(String(error));
          console.error('waymark: the WAL sync thread could not be restarted', error);
        }),
    });
    durability.syncer = helper;
    await ready;
  }

  /** Takes all it needs of the requests before it returns: the caller may let go of them. */
  write(requests: readonly WriteRequest[]): Promise<WriteOutcome[]> {
    if (this.closing) return Promise.reject(new Error('the writer thread is closed'));
    const id = this.nextId++;
    const message = encodeWrite(id, requests);
    const digest = this.options.follower.digest(requests.flatMap((request) => request.events));
    return this.thread.then(
      ({ worker, writes }) =>
        new Promise<WriteOutcome[]>((resolve, reject) => {
          this.inFlight.set(id, { digest, resolve, reject });
          writes.postMessage(message, [message.numbers.buffer as ArrayBuffer]);
          worker.postMessage({ kind: 'write' } satisfies ToWriter);
        }),
    );
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
    const { worker } = await this.thread;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage({ kind: 'close' } satisfies ToWriter);
    await exited;
    if (this.durability?.syncer) {
      await this.durability.gate.whenEmpty();
      this.durability.counter.close();
      await this.durability.syncer.exited;
    }
  }

  private onReply(reply: WriteReply): void {
    const entry = this.inFlight.get(reply.id);
    if (!entry) return;
    this.inFlight.delete(reply.id);
    if (reply.kind === 'failed') return entry.reject(new Error(`writer thread: ${reply.message}`));
    const answer = { ...entry, reply };
    if (!this.durability) this.settle(answer);
    else if (this.durability.broken) this.settle(answer, this.durability.broken);
    else this.durability.gate.offer(reply.commit, answer);
  }

  /**
   * Tells the listener what was committed, in commit order, then answers. A write whose fsync
   * failed is committed all the same, so the index hears of it, but its requests get an error.
   */
  private settle({ digest, reply, resolve, reject }: Answer, error?: Error): void {
    const { positions, seqs, profileIds, merges, links } = reply;
    this.options.follower.pushCommitted({ rows: { digest, positions, seqs, profileIds }, merges, links });
    if (error) reject(error);
    else resolve(decodeOutcomes(reply.outcomes));
  }

  private failAll(error: Error): void {
    for (const entry of this.inFlight.values()) entry.reject(error);
    this.inFlight.clear();
  }
}
