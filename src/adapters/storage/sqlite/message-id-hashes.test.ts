import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageIdHashes } from './message-id-hashes.js';

describe('MessageIdHashes', () => {
  it('behaves like a set of strings under any sequence of adds and removes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.string({ maxLength: 6 })), { maxLength: 400 }),
        (ops) => {
          const hashes = new MessageIdHashes();
          const model = new Map<string, [number, number]>();
          for (const [isAdd, id] of ops) {
            if (isAdd) {
              const added = hashes.add(id);
              expect(added).toBe(!model.has(id));
              if (added) model.set(id, [hashes.lastAdded.high, hashes.lastAdded.low]);
            } else if (model.has(id)) {
              const [h, l] = model.get(id)!;
              hashes.remove(h, l);
              model.delete(id);
            }
            expect(hashes.size).toBe(model.size);
          }
          for (const [, id] of ops) expect(hashes.has(id)).toBe(model.has(id));
        },
      ),
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
