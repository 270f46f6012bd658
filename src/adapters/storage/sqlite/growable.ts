import { ShardedMap } from './sharded-map.js';

type Numbers = Float64Array | Int32Array;

/** From this capacity on, a full array is copied ahead a few values per push instead of at once. */
const COPY_AHEAD_FROM = 1 << 16;

/**
 * A typed array that grows by doubling: the columns of the event index. A large one is copied
 * into its successor during the last quarter of its capacity, four values per push, so no push
 * pays for the whole copy: at 2M rows the index's seventeen arrays doubling at once stopped the
 * server thread for 0.6 s, mostly in page faults on the fresh memory.
 */
abstract class Growable<T extends Numbers> {
  data: T;
  length = 0;
  /** The successor being filled, and how far. */
  private next: T | undefined;
  private copied = 0;

  constructor(private readonly make: (capacity: number) => T) {
    this.data = make(1024);
  }

  push(value: number): void {
    const capacity = this.data.length;
    if (capacity >= COPY_AHEAD_FROM && this.length >= capacity - (capacity >>> 2)) this.copyAhead();
    if (this.length === capacity) this.swap();
    this.data[this.length++] = value;
  }

  /** Replaces a value: the only way to change one, so the successor stays a true copy. */
  set(index: number, value: number): void {
    this.data[index] = value;
    if (this.next && index < this.copied) this.next[index] = value;
  }

  /** Removes the first `count` values. */
  dropFront(count: number): void {
    this.data.copyWithin(0, count, this.length);
    this.length -= count;
    this.next = undefined;
    this.copied = 0;
  }

  private copyAhead(): void {
    const next = (this.next ??= this.make(this.data.length * 2));
    const end = Math.min(this.copied + 4, this.length);
    for (let i = this.copied; i < end; i++) next[i] = this.data[i]!;
    this.copied = end;
  }

  private swap(): void {
    const next = this.next ?? this.make(this.data.length * 2);
    if (this.copied < this.length) next.set(this.data.subarray(this.copied, this.length), this.copied);
    this.data = next;
    this.next = undefined;
    this.copied = 0;
  }
}

export class GrowableFloat64 extends Growable<Float64Array> {
  constructor() {
    super((capacity) => new Float64Array(capacity));
  }
}

export class GrowableInt32 extends Growable<Int32Array> {
  constructor() {
    super((capacity) => new Int32Array(capacity));
  }
}

/** Strings to dense integers and back. */
export class Interner {
  readonly values: string[] = [];
  private readonly index = new ShardedMap<string, number>();

  intern(value: string): number {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.index.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  lookup(value: string): number | undefined {
    return this.index.get(value);
  }
}
