import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageIdHashes } from './message-id-hashes.js';

describe('MessageIdHashes', () => {
  it.each([
    ['as configured', {}],
    ['with small parts that grow and wrap around', { partBits: 2, initialSlots: 2 }],
    ['as one table', { partBits: 0, initialSlots: 4 }],
  ])('behaves like a set of strings under any sequence of adds and removes, %s', (_, shape) => {
    // A small alphabet, so ids repeat; a removal picks one of the ids present.
    const id = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 5 });
    const op = fc.oneof(
      fc.tuple(fc.constant('add' as const), id),
      fc.tuple(fc.constant('remove' as const), fc.nat()),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const hashes = new MessageIdHashes(shape);
        const model = new Map<string, [number, number]>();
        for (const [kind, arg] of ops) {
          if (kind === 'add') {
            const added = hashes.add(arg);
            expect(added).toBe(!model.has(arg));
            if (added) model.set(arg, [hashes.lastAdded.high, hashes.lastAdded.low]);
          } else if (model.size > 0) {
            const [gone, [h, l]] = [...model][arg % model.size]!;
            hashes.remove(h, l);
            model.delete(gone);
          }
          expect(hashes.size).toBe(model.size);
          for (const present of model.keys()) expect(hashes.has(present)).toBe(true);
        }
        for (const [kind, arg] of ops) if (kind === 'add') expect(hashes.has(arg)).toBe(model.has(arg));
      }),
    );
  });

  it('holds a million ids through growth', () => {
    const hashes = new MessageIdHashes();
    for (let i = 0; i < 1_000_000; i++) hashes.add(`msg-${i}`);
    expect(hashes.size).toBe(1_000_000);
    expect(hashes.has('msg-0')).toBe(true);
    expect(hashes.has('msg-999999')).toBe(true);
    expect(hashes.has('msg-1000000')).toBe(false);
  });
});

describe('RecentMessageIds', () => {
  it('forgets ids once they leave the 48-hour window, and only those', async () => {
    const { RecentMessageIds, DEDUPE_WINDOW_MS } = await import('./recent-message-ids.js');
    const recent = new RecentMessageIds();
    for (let i = 0; i < 250_000; i++) recent.add(`m${i}`, i);
    recent.forgetBefore(DEDUPE_WINDOW_MS + 200_000);
    expect(recent.size).toBe(50_000);
    expect(recent.has('m199999')).toBe(false);
    expect(recent.has('m200000')).toBe(true);
    recent.add('m300000', 300_000);
    expect(recent.has('m300000')).toBe(true);
  });
});
