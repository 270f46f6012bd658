/**
 * A set of 64-bit hashes of message ids in typed arrays (open addressing, linear probing):
 * tens of millions of ids without putting a string per id on the garbage-collected heap, which
 * slowed ingest to half its speed at 10M events. Two ids share a hash with probability 2⁻⁶⁴ per
 * pair: at 10M ids in the window, one wrongly dropped event in about 10¹² new ones.
 *
 * The set is split into parts by the hash's top bits, each a table that grows on its own: as one
 * table, doubling at 2M ids stopped the writer for a third of a second, and every commit with it.
 * A slot's two halves sit side by side, so a probe touches one cache line.
 */
export class MessageIdHashes {
  private readonly parts: Uint32Array[];
  private readonly counts: Int32Array;
  private readonly shift: number;
  private count = 0;

  /** `partBits` and `initialSlots` (per part, a power of two) are for tests of growth. */
  constructor({ partBits = 8, initialSlots = 256 }: { partBits?: number; initialSlots?: number } = {}) {
    this.parts = Array.from({ length: 1 << partBits }, () => new Uint32Array(2 * initialSlots));
    this.counts = new Int32Array(1 << partBits);
    // The part comes from the low half's top bits, the slot from the high half's low bits.
    this.shift = 32 - partBits;
  }

  get size(): number {
    return this.count;
  }

  has(id: string): boolean {
    hash64(id);
    return this.find(this.partOf(hashed.low), hashed.high, hashed.low) >= 0;
  }

  /**
   * Adds an id; false if it was present. Its two hash halves, for removal later, are in
   * `lastAdded` until the next call (no pair is allocated per id).
   */
  add(id: string): boolean {
    hash64(id);
    const { high: h, low: l } = hashed;
    const part = this.partOf(l);
    if (this.find(part, h, l) >= 0) return false;
    if ((this.counts[part]! + 1) * 4 > this.parts[part]!.length) this.grow(part);
    insert(this.parts[part]!, h, l);
    this.counts[part]!++;
    this.count++;
    return true;
  }

  /** The hash halves of the id the last successful `add` added. */
  get lastAdded(): { readonly high: number; readonly low: number } {
    return hashed;
  }

  /** Removes a hash added before (backward-shift deletion keeps probe chains intact). */
  remove(h: number, l: number): void {
    const part = this.partOf(l);
    let slot = this.find(part, h, l);
    if (slot < 0) return;
    const table = this.parts[part]!;
    const mask = (table.length >>> 1) - 1;
    for (let next = (slot + 1) & mask; !isEmpty(table, next); next = (next + 1) & mask) {
      const home = table[2 * next]! & mask;
      // Move the entry back if its home is not in the cyclic range (slot, next].
      if ((next > slot && (home <= slot || home > next)) || (next < slot && home <= slot && home > next)) {
        table[2 * slot] = table[2 * next]!;
        table[2 * slot + 1] = table[2 * next + 1]!;
        slot = next;
      }
    }
    table[2 * slot] = 0;
    table[2 * slot + 1] = 0;
    this.counts[part]!--;
    this.count--;
  }

  private partOf(l: number): number {
    return this.shift === 32 ? 0 : l >>> this.shift;
  }

  private find(part: number, h: number, l: number): number {
    const table = this.parts[part]!;
    const mask = (table.length >>> 1) - 1;
    for (let slot = h & mask; !isEmpty(table, slot); slot = (slot + 1) & mask) {
      if (table[2 * slot] === h && table[2 * slot + 1] === l) return slot;
    }
    return -1;
  }

  private grow(part: number): void {
    const old = this.parts[part]!;
    const table = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2)
      if (old[i] !== 0 || old[i + 1] !== 0) insert(table, old[i]!, old[i + 1]!);
    this.parts[part] = table;
  }
}

function insert(table: Uint32Array, h: number, l: number): void {
  const mask = (table.length >>> 1) - 1;
  let slot = h & mask;
  while (!isEmpty(table, slot)) slot = (slot + 1) & mask;
  table[2 * slot] = h;
  table[2 * slot + 1] = l;
}

function isEmpty(table: Uint32Array, slot: number): boolean {
  return table[2 * slot] === 0 && table[2 * slot + 1] === 0;
}

/** The result of the last hash64: one module-level pair, since ids are hashed one at a time. */
const hashed = { high: 0, low: 0 };

/**
 * Two independent 32-bit hashes of a string, into `hashed`; (0, 0) is reserved for empty slots.
 * Both are finished with MurmurHash3's avalanche step, since their top and low bits pick the part
 * and the slot.
 */
function hash64(text: string): void {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  a = avalanche(a);
  b = avalanche(b);
  hashed.high = a === 0 && b === 0 ? 1 : a;
  hashed.low = b;
}

function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
