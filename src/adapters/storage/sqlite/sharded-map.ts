/** Shards: a power of two. */
const SHARDS = 64;
const SHIFT = 32 - Math.log2(SHARDS);

/**
 * A Map split into 64 by a cheap hash of the key, for the in-memory indexes that grow with the
 * store (identities, interned values). One V8 Map holds at most 2²⁴ entries and rehashes them all
 * at once when it doubles: 140 ms at 2M keys and 300 ms at 4M, stopping whichever thread owns it.
 * Split, each doubling moves a sixty-fourth of the keys, and the limit is 64 times higher.
 */
export class ShardedMap<K extends string, V> implements Iterable<[K, V]> {
  private readonly shards = Array.from({ length: SHARDS }, () => new Map<K, V>());

  get size(): number {
    let size = 0;
    for (const shard of this.shards) size += shard.size;
    return size;
  }

  get(key: K): V | undefined {
    return this.shards[shardOf(key)]!.get(key);
  }

  has(key: K): boolean {
    return this.shards[shardOf(key)]!.has(key);
  }

  set(key: K, value: V): this {
    this.shards[shardOf(key)]!.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.shards[shardOf(key)]!.delete(key);
  }

  *[Symbol.iterator](): IterableIterator<[K, V]> {
    for (const shard of this.shards) yield* shard;
  }
}

/**
 * Three characters, the last two and the middle one (keys are ids, whose last characters vary
 * most), mixed by a multiplicative hash whose top bits pick the shard. A skewed spread only makes
 * some shards larger; every key still has exactly one shard.
 */
function shardOf(key: string): number {
  const n = key.length;
  if (n === 0) return 0;
  const mixed =
    key.charCodeAt(n - 1) + 31 * key.charCodeAt(n - 2 < 0 ? 0 : n - 2) + 961 * key.charCodeAt(n >>> 1);
  return Math.imul(mixed, 0x9e3779b1) >>> SHIFT;
}
