/**
 * A set of 64-bit hashes of message ids in typed arrays (open addressing, linear probing):
 * tens of millions of ids without putting a string per id on the garbage-collected heap, which
 * slowed ingest to half its speed at 10M events. Two ids share a hash with probability 2⁻⁶⁴ per
 * pair: at 10M ids in the window, one wrongly dropped event in about 10¹² new ones.
 */
export class MessageIdHashes {
    high = new Uint32Array(1 << 16);
    low = new Uint32Array(1 << 16);
    count = 0;
    get size() {
        return this.count;
    }
    has(id) {
        hash64(id);
        return this.find(hashed.high, hashed.low) >= 0;
    }
    /**
     * Adds an id; false if it was present. Its two hash halves, for removal later, are in
     * `lastAdded` until the next call (no pair is allocated per id).
     */
    add(id) {
        hash64(id);
        const { high: h, low: l } = hashed;
        if (this.find(h, l) >= 0)
            return false;
        if ((this.count + 1) * 2 > this.high.length)
            this.grow();
        this.insert(h, l);
        this.count++;
        return true;
    }
    /** The hash halves of the id the last successful `add` added. */
    get lastAdded() {
        return hashed;
    }
    /** Removes a hash added before (backward-shift deletion keeps probe chains intact). */
    remove(h, l) {
        let slot = this.find(h, l);
        if (slot < 0)
            return;
        const mask = this.high.length - 1;
        for (let next = (slot + 1) & mask; !this.isEmpty(next); next = (next + 1) & mask) {
            const home = this.home(this.high[next], this.low[next]);
            // Move the entry back if its home is not in the cyclic range (slot, next].
            if ((next > slot && (home <= slot || home > next)) || (next < slot && home <= slot && home > next)) {
                this.high[slot] = this.high[next];
                this.low[slot] = this.low[next];
                slot = next;
            }
        }
        this.high[slot] = 0;
        this.low[slot] = 0;
        this.count--;
    }
    find(h, l) {
        const mask = this.high.length - 1;
        for (let slot = this.home(h, l); !this.isEmpty(slot); slot = (slot + 1) & mask) {
            if (this.high[slot] === h && this.low[slot] === l)
                return slot;
        }
        return -1;
    }
    insert(h, l) {
        const mask = this.high.length - 1;
        let slot = this.home(h, l);
        while (!this.isEmpty(slot))
            slot = (slot + 1) & mask;
        this.high[slot] = h;
        this.low[slot] = l;
    }
    grow() {
        const { high, low } = this;
        this.high = new Uint32Array(high.length * 2);
        this.low = new Uint32Array(low.length * 2);
        for (let i = 0; i < high.length; i++)
            if (high[i] !== 0 || low[i] !== 0)
                this.insert(high[i], low[i]);
    }
    home(h, l) {
        return (h ^ l) & (this.high.length - 1);
    }
    isEmpty(slot) {
        return this.high[slot] === 0 && this.low[slot] === 0;
    }
}
/** The result of the last hash64: one module-level pair, since ids are hashed one at a time. */
const hashed = { high: 0, low: 0 };
/**
 * Two independent 32-bit FNV-1a style hashes of a string, into `hashed`; (0, 0) is reserved for
 * empty slots.
 */
function hash64(text) {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ text.length;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    a ^= a >>> 13;
    a = Math.imul(a, 0x85ebca6b);
    a ^= a >>> 16;
    a >>>= 0;
    b >>>= 0;
    hashed.high = a === 0 && b === 0 ? 1 : a;
    hashed.low = b;
}
//# sourceMappingURL=message-id-hashes.js.map