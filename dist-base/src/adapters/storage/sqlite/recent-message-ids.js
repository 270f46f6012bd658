import { GrowableFloat64, GrowableInt32 } from './growable.js';
import { MessageIdHashes } from './message-id-hashes.js';
/** How long a message id is remembered: twice Segment's 24 hours. */
export const DEDUPE_WINDOW_MS = 48 * 3_600_000;
/**
 * The message ids received in the last 48 hours, in memory as 64-bit hashes. A unique index on
 * random ids would make every insert touch a random B-tree page (measured: 134k → 27k rows/s).
 * Rebuilt from the event log on start, so deduplication survives restarts.
 */
export class RecentMessageIds {
    hashes = new MessageIdHashes();
    // Insertion order, for forgetting ids once they leave the window: hash halves and times.
    orderHigh = new GrowableInt32();
    orderLow = new GrowableInt32();
    times = new GrowableFloat64();
    head = 0;
    /** Loads the ids of events received within the window before `now`, newest first by seq. */
    static load(db, sourceId, now) {
        const recent = new RecentMessageIds();
        const cutoff = now - DEDUPE_WINDOW_MS;
        const rows = [];
        const statement = db
            .prepare('SELECT message_id, received_at FROM events WHERE source_id = ? ORDER BY seq DESC')
            .raw();
        for (const row of statement.iterate(sourceId)) {
            // receivedAt follows seq (one writer, one clock); stop at the first event older than the window.
            if (row[1] < cutoff)
                break;
            rows.push(row);
        }
        for (let i = rows.length - 1; i >= 0; i--)
            recent.add(rows[i][0], rows[i][1]);
        return recent;
    }
    has(messageId) {
        return this.hashes.has(messageId);
    }
    get size() {
        return this.hashes.size;
    }
    add(messageId, receivedAt) {
        if (!this.hashes.add(messageId))
            return;
        const { high, low } = this.hashes.lastAdded;
        this.orderHigh.push(high | 0);
        this.orderLow.push(low | 0);
        this.times.push(receivedAt);
    }
    /** Forgets ids received before the window that ends at `now`. */
    forgetBefore(now) {
        const cutoff = now - DEDUPE_WINDOW_MS;
        while (this.head < this.times.length && this.times.data[this.head] < cutoff) {
            this.hashes.remove(this.orderHigh.data[this.head] >>> 0, this.orderLow.data[this.head] >>> 0);
            this.head++;
        }
        if (this.head > 100_000 && this.head * 2 > this.times.length) {
            for (const column of [this.orderHigh, this.orderLow, this.times])
                column.dropFront(this.head);
            this.head = 0;
        }
    }
}
//# sourceMappingURL=recent-message-ids.js.map