import type { Database } from 'better-sqlite3';
import type { Instant } from '../../../core/shared/index.js';

/** How long a message id is remembered: twice Segment's 24 hours. */
export const DEDUPE_WINDOW_MS = 48 * 3_600_000;

/**
 * The message ids received in the last 48 hours, in memory. A unique index on random ids would
 * make every insert touch a random B-tree page (measured: 134k → 27k rows/s); a set is exact and
 * costs nothing per insert. Rebuilt from the event log on start, so deduplication survives restarts.
 */
export class RecentMessageIds {
  private readonly ids = new Set<string>();
  // Insertion order, for forgetting ids once they leave the window.
  private order: string[] = [];
  private times: Instant[] = [];
  private head = 0;

  /** Loads the ids of events received within the window before `now`, newest first by seq. */
  static load(db: Database, sourceId: string, now: Instant): RecentMessageIds {
    const recent = new RecentMessageIds();
    const cutoff = now - DEDUPE_WINDOW_MS;
    const rows: Array<[string, Instant]> = [];
    const statement = db
      .prepare('SELECT message_id, received_at FROM events WHERE source_id = ? ORDER BY seq DESC')
      .raw();
    for (const row of statement.iterate(sourceId) as Iterable<[string, Instant]>) {
      // receivedAt follows seq (one writer, one clock); stop at the first event older than the window.
      if (row[1] < cutoff) break;
      rows.push(row);
    }
    for (let i = rows.length - 1; i >= 0; i--) recent.add(rows[i]![0], rows[i]![1]);
    return recent;
  }

  has(messageId: string): boolean {
    return this.ids.has(messageId);
  }

  get size(): number {
    return this.ids.size;
  }

  add(messageId: string, receivedAt: Instant): void {
    if (this.ids.has(messageId)) return;
    this.ids.add(messageId);
    this.order.push(messageId);
    this.times.push(receivedAt);
  }

  /** Forgets ids received before the window that ends at `now`. */
  forgetBefore(now: Instant): void {
    const cutoff = now - DEDUPE_WINDOW_MS;
    while (this.head < this.order.length && this.times[this.head]! < cutoff) {
      this.ids.delete(this.order[this.head]!);
      this.head++;
    }
    if (this.head > 100_000 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
  }
}
