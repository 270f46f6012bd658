/** A typed array that grows by doubling: the append-only columns of the event index. */
export class GrowableFloat64 {
    data = new Float64Array(1024);
    length = 0;
    push(value) {
        if (this.length === this.data.length) {
            const next = new Float64Array(this.data.length * 2);
            next.set(this.data);
            this.data = next;
        }
        this.data[this.length++] = value;
    }
    /** Removes the first `count` values. */
    dropFront(count) {
        this.data.copyWithin(0, count, this.length);
        this.length -= count;
    }
}
export class GrowableInt32 {
    data = new Int32Array(1024);
    length = 0;
    push(value) {
        if (this.length === this.data.length) {
            const next = new Int32Array(this.data.length * 2);
            next.set(this.data);
            this.data = next;
        }
        this.data[this.length++] = value;
    }
    /** Removes the first `count` values. */
    dropFront(count) {
        this.data.copyWithin(0, count, this.length);
        this.length -= count;
    }
}
/** Strings to dense integers and back. */
export class Interner {
    values = [];
    index = new Map();
    intern(value) {
        let code = this.index.get(value);
        if (code === undefined) {
            code = this.values.length;
            this.index.set(value, code);
            this.values.push(value);
        }
        return code;
    }
    lookup(value) {
        return this.index.get(value);
    }
}
//# sourceMappingURL=growable.js.map