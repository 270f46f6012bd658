// A FIFO of row indices on a growable Int32Array, for sliding windows over one actor's rows
// (no per-row allocation: the buffer is reused from actor to actor).
/** Rows in arrival (time) order; the oldest leaves first. */
export class RowQueue {
    buffer = new Int32Array(8);
    head = 0;
    tail = 0;
    get size() {
        return this.tail - this.head;
    }
    /** The i-th oldest row (0 = oldest). */
    at(i) {
        return this.buffer[this.head + i];
    }
    push(row) {
        if (this.tail === this.buffer.length) {
            if (this.head > this.buffer.length / 2) {
                this.buffer.copyWithin(0, this.head, this.tail);
                this.tail -= this.head;
                this.head = 0;
            }
            else {
                const grown = new Int32Array(this.buffer.length * 2);
                grown.set(this.buffer);
                this.buffer = grown;
            }
        }
        this.buffer[this.tail++] = row;
    }
    /** Drops rows whose timestamp is before `cutoff`; true when any was dropped. */
    dropBefore(timestamps, cutoff) {
        const start = this.head;
        let head = start;
        while (head < this.tail && timestamps[this.buffer[head]] < cutoff)
            head++;
        if (head === this.tail)
            this.head = this.tail = 0;
        else
            this.head = head;
        return head !== start;
    }
    clear() {
        this.head = this.tail = 0;
    }
}
//# sourceMappingURL=row-queue.js.map