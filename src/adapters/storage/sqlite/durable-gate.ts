import type { SyncReport } from './wal-sync-thread.js';

/**
 * Holds the writer thread's answers until the sync thread reports their commits durable, and lets
 * them go in the order they came, which is commit order. An answer whose commit was in a failed
 * fsync is rejected: its events are in the database but may not survive a crash.
 */
export class DurableGate<T> {
  private durableThrough = 0;
  private failures: Array<SyncReport & { kind: 'failed' }> = [];
  private readonly held: Array<{ readonly commit: number; readonly item: T }> = [];
  private readonly emptied: Array<() => void> = [];

  constructor(
    private readonly release: (item: T) => void,
    private readonly reject: (item: T, error: Error) => void,
  ) {}

  /** An answer for commit number `commit`: let go now if it is durable, else once it is. */
  offer(commit: number, item: T): void {
    // Answers come in commit order: failures before this one can no longer match a later answer.
    if (this.failures.length > 0)
      this.failures = this.failures.filter((failure) => failure.through >= commit);
    this.held.push({ commit, item });
    this.letGo();
  }

  report(report: SyncReport): void {
    if (report.kind === 'failed') this.failures.push(report);
    this.durableThrough = Math.max(this.durableThrough, report.through);
    this.letGo();
  }

  /** Rejects every held answer: nothing will report them durable (the sync thread died). */
  failAll(error: Error): void {
    for (const { item } of this.held.splice(0)) this.reject(item, error);
    this.wakeIfEmpty();
  }

  /** Resolves once no answer is held. */
  whenEmpty(): Promise<void> {
    if (this.held.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.emptied.push(resolve));
  }

  private letGo(): void {
    while (this.held.length > 0 && this.held[0]!.commit <= this.durableThrough) {
      const { commit, item } = this.held.shift()!;
      const failure = this.failures.find(({ after, through }) => commit > after && commit <= through);
      if (failure) this.reject(item, new Error(`fsync of the WAL failed: ${failure.message}`));
      else this.release(item);
    }
    this.wakeIfEmpty();
  }

  private wakeIfEmpty(): void {
    if (this.held.length === 0) this.emptied.splice(0).forEach((wake) => wake());
  }
}
