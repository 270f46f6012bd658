import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShardedMap } from './sharded-map.js';

describe('ShardedMap', () => {
  it('behaves like a Map under any sequence of sets and deletes', () => {
    const key = fc.string({ maxLength: 8 });
    const op = fc.oneof(
      fc.tuple(fc.constant('set' as const), key, fc.integer()),
      fc.tuple(fc.constant('delete' as const), key, fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const sharded = new ShardedMap<string, number>();
        const model = new Map<string, number>();
        for (const [kind, k, value] of ops) {
          if (kind === 'set') {
            sharded.set(k, value);
            model.set(k, value);
          } else {
            expect(sharded.delete(k)).toBe(model.delete(k));
          }
        }
        expect(sharded.size).toBe(model.size);
        for (const [k] of ops) {
          expect(sharded.get(k)).toBe(model.get(k));
          expect(sharded.has(k)).toBe(model.has(k));
        }
        expect(new Map(sharded)).toEqual(model);
      }),
    );
  });

  it('spreads ids over its shards', () => {
    const sharded = new ShardedMap<string, number>();
    // Sequential user ids, and random-looking hex ids as anonymous ids are.
    for (let i = 0; i < 32_000; i++) sharded.set(`u:user_${i}`, i);
    for (let i = 0; i < 32_000; i++) sharded.set(`a:${(Math.imul(i, 0x9e3779b1) >>> 0).toString(16)}`, i);
    const sizes = (sharded as unknown as { shards: Map<string, number>[] }).shards.map((s) => s.size);
    expect(Math.max(...sizes)).toBeLessThan(4 * 1000);
    expect(sizes.filter((size) => size === 0)).toHaveLength(0);
  });
});
