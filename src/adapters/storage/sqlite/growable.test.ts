import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GrowableFloat64, GrowableInt32 } from './growable.js';

type Op =
  | { readonly kind: 'push'; readonly count: number }
  | { readonly kind: 'set'; readonly at: number }
  | { readonly kind: 'drop'; readonly at: number };

// Blocks of pushes large enough to cross the sizes where arrays are copied ahead (from 64k on).
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('push' as const), count: fc.integer({ min: 1, max: 60_000 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.double({ min: 0, max: 0.5, noNaN: true }) }),
);

describe.each([
  ['GrowableFloat64', () => new GrowableFloat64()],
  ['GrowableInt32', () => new GrowableInt32()],
])('%s', (_, make) => {
  it('holds what a plain array would under pushes, replacements and drops across growth', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const growable = make();
        const model: number[] = [];
        let value = 1;
        for (const step of ops) {
          if (step.kind === 'push') {
            for (let i = 0; i < step.count; i++) {
              growable.push(value);
              model.push(value++);
            }
          } else if (model.length > 0) {
            const at = Math.floor(step.at * (model.length - 1));
            if (step.kind === 'set') {
              growable.set(at, -value);
              model[at] = -value++;
            } else {
              growable.dropFront(at);
              model.splice(0, at);
            }
          }
        }
        expect(growable.length).toBe(model.length);
        expect(Array.from(growable.data.subarray(0, growable.length))).toEqual(model);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a replacement made after its slot was copied ahead', () => {
    const growable = make();
    for (let i = 0; i < 100_000; i++) growable.push(i);
    // 131,072 slots: copying ahead started at 98,304 and has passed index 10 by now.
    growable.set(10, -1);
    for (let i = 100_000; i < 140_000; i++) growable.push(i);
    expect(growable.data.length).toBe(262_144);
    expect(growable.data[10]).toBe(-1);
    expect(growable.data[139_999]).toBe(139_999);
  });
});
