import fs from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import type { WriterThreadData } from './writer-thread-protocol.js';

// The writer thread commits with synchronous=NORMAL; a thread of its own then fdatasyncs the WAL
// (decision 0011). The two share a commit counter in shared memory, so the fsyncs follow the
// commits at the disk's pace instead of waiting for the writer's event loop between two groups.

const COMMITTED = 0;
const CLOSING = 1;
/** 1 while the sync thread sleeps: only then does a commit pay for waking it (a futex syscall). */
const SLEEPING = 2;

/** How long the sync thread sleeps between checks for a close when nothing is committed. */
const IDLE_WAIT_MS = 1000;

/**
 * The number of commits made so far, in memory every thread of the store shares. It outlives a
 * writer thread that is replaced, so commit numbers never repeat.
 */
export class CommitCounter {
  private readonly cells: BigInt64Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(3 * 8)) {
    this.cells = new BigInt64Array(buffer);
  }

  /** Counts one commit and wakes the sync thread; returns the commit's number. */
  commit(): number {
    const number = Atomics.add(this.cells, COMMITTED, 1n) + 1n;
    // A sync thread that is not asleep finds the new count when its fsync ends. One that decided
    // to sleep after this add sees the count changed and does not sleep (Atomics are sequentially
    // consistent), so skipping the wake-up never strands a commit.
    if (Atomics.load(this.cells, SLEEPING) === 1n) Atomics.notify(this.cells, COMMITTED);
    return Number(number);
  }

  /** The number of the latest commit. */
  latest(): number {
    return Number(Atomics.load(this.cells, COMMITTED));
  }

  /** Asks the sync thread to stop once every commit is synced. */
  close(): void {
    Atomics.store(this.cells, CLOSING, 1n);
    Atomics.notify(this.cells, COMMITTED);
  }

  get closing(): boolean {
    return Atomics.load(this.cells, CLOSING) === 1n;
  }

  /** Sleeps until a commit after `seen` is counted, a close is asked for, or `ms` pass. */
  waitAfter(seen: number, ms: number): void {
    Atomics.store(this.cells, SLEEPING, 1n);
    Atomics.wait(this.cells, COMMITTED, BigInt(seen), ms);
    Atomics.store(this.cells, SLEEPING, 0n);
  }
}

/** What the sync thread tells the server: commits in (after, through] are durable, or may be lost. */
export type SyncReport =
  | { readonly kind: 'durable'; readonly through: number }
  | { readonly kind: 'failed'; readonly after: number; readonly through: number; readonly message: string };

/** The sync thread's side: fsyncs the WAL after commits until the counter is closed. */
export function serveSyncThread(port: MessagePort, data: WriterThreadData): void {
  if (!data.commits) throw new Error('the sync thread needs the shared commit counter');
  port.postMessage({ kind: 'ready' });
  runWalSyncLoop(`${data.file}-wal`, new CommitCounter(data.commits), (report) => port.postMessage(report));
  port.close();
}

/**
 * The sync thread's loop: fdatasync the WAL whenever commits were counted since the last one,
 * then report them. An fsync covers every commit counted before it began. Blocks its thread until
 * the counter is closed, and syncs what was committed before the close.
 */
export function runWalSyncLoop(
  walFile: string,
  counter: CommitCounter,
  report: (report: SyncReport) => void,
): void {
  let fd: number | undefined;
  // From zero, not from the counter: commits made while this thread started are not synced yet.
  let synced = 0;
  for (;;) {
    const committed = counter.latest();
    if (committed === synced) {
      if (counter.closing) break;
      counter.waitAfter(committed, IDLE_WAIT_MS);
      continue;
    }
    try {
      fd ??= fs.openSync(walFile, 'r');
      fs.fdatasyncSync(fd);
      report({ kind: 'durable', through: committed });
    } catch (error) {
      // After a failed fsync the kernel may have dropped the dirty pages: those commits are lost
      // to a crash whatever later fsyncs do. Open afresh rather than trust the descriptor.
      if (fd !== undefined) fs.closeSync(fd);
      fd = undefined;
      const message = error instanceof Error ? error.message : String(error);
      report({ kind: 'failed', after: synced, through: committed, message });
    }
    synced = committed;
  }
  if (fd !== undefined) fs.closeSync(fd);
}
