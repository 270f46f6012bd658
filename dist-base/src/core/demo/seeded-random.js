/** Builds a table for `SeededRandom.weighted` from `[item, weight]` pairs. */
export function weightedTable(pairs) {
    if (pairs.length === 0)
        throw new Error('weightedTable: no items');
    let total = 0;
    const cumulative = pairs.map(([, weight]) => (total += weight));
    return { items: pairs.map(([item]) => item), cumulative: cumulative.map((sum) => sum / total) };
}
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32). The same seed gives
 * the same sequence on every platform, which is what lets the demo store be generated in core.
 */
export class SeededRandom {
    a;
    b;
    c;
    d;
    constructor(seed) {
        let state = seed >>> 0;
        const next = () => {
            state = (state + 0x9e3779b9) >>> 0;
            let z = state;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            return (z ^ (z >>> 16)) >>> 0;
        };
        this.a = next();
        this.b = next();
        this.c = next();
        this.d = next();
        // The first outputs of sfc32 still echo the seed: discard them.
        for (let i = 0; i < 12; i++)
            this.uint32();
    }
    /** A uniform 32-bit unsigned integer. */
    uint32() {
        const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
        this.d = (this.d + 1) >>> 0;
        this.a = this.b ^ (this.b >>> 9);
        this.b = (this.c + (this.c << 3)) >>> 0;
        this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
        this.c = (this.c + t) >>> 0;
        return t;
    }
    /** A uniform float in [0, 1). */
    next() {
        return this.uint32() / 4_294_967_296;
    }
    /** A uniform integer in [0, n). */
    int(n) {
        return Math.floor(this.next() * n);
    }
    /** A uniform integer in [min, max]. */
    between(min, max) {
        return min + this.int(max - min + 1);
    }
    chance(probability) {
        return this.next() < probability;
    }
    pick(items) {
        if (items.length === 0)
            throw new Error('pick: no items');
        return items[this.int(items.length)];
    }
    weighted(table) {
        const r = this.next();
        const index = table.cumulative.findIndex((sum) => r < sum);
        return table.items[index === -1 ? table.items.length - 1 : index];
    }
    /** A log-normal value with the given median; `sigma` is the spread of its logarithm. */
    logNormal(median, sigma) {
        const u = 1 - this.next(); // (0, 1]: log(0) is never taken
        const gaussian = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
        return median * Math.exp(sigma * gaussian);
    }
    /** Failures before the first success of a trial with mean `mean` failures (0 when mean ≤ 0). */
    geometric(mean) {
        if (mean <= 0)
            return 0;
        const p = 1 / (1 + mean);
        return Math.floor(Math.log(1 - this.next()) / Math.log(1 - p));
    }
    /** A version-4 UUID made of this generator's bits. */
    uuid() {
        const bytes = [];
        for (let i = 0; i < 4; i++) {
            const word = this.uint32();
            bytes.push(word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
        }
        bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
        bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
        const hex = bytes.map((byte) => HEX[byte]).join('');
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
}
//# sourceMappingURL=seeded-random.js.map