import { describe, expect, it } from 'vitest';
import { asProfileId } from '../../src/core/shared/index.js';
import { createMemoryStorage } from '../../src/adapters/storage/memory/memory-storage.js';
import { ManualClock } from '../../src/adapters/system/system-clock.js';
import { createEventIngestor } from '../../src/use-cases/ingest-events.js';
import { inlineEventWriter } from '../../src/use-cases/commit-events.js';
import type { IdGenerator } from '../../src/ports/ids.js';
import type { Storage } from '../../src/ports/storage.js';

function setup(storage: Storage = createMemoryStorage(), maxPendingEvents?: number) {
  let n = 0;
  const ids: IdGenerator = {
    messageId: () => `gen-${++n}`,
    profileId: () => asProfileId(`prf-${++n}`),
    secret: () => `secret-${++n}`,
  };
  const clock = new ManualClock(Date.parse('2026-03-01T10:00:00Z'));
  const ingestor = createEventIngestor({
    writer: inlineEventWriter(storage.ingest, ids),
    clock,
    ids,
    defer: (callback) => setImmediate(callback),
    ...(maxPendingEvents === undefined ? {} : { maxPendingEvents }),
  });
  return { storage, ingestor, clock };
}

const track = (messageId: string, fields: Record<string, unknown> = {}) => ({
  type: 'track',
  event: 'Product Viewed',
  anonymousId: 'a1',
  messageId,
  ...fields,
});

describe('ingesting events', () => {
  it('stores each message id once: within a batch, across requests and across concurrent requests', async () => {
    const { storage, ingestor } = setup();
    const first = await ingestor.ingest({ items: [track('m1'), track('m1'), track('m2')], ip: null });
    expect(first).toMatchObject({ accepted: 2, duplicates: 1 });
    const [a, b] = await Promise.all([
      ingestor.ingest({ items: [track('m3')], ip: null }),
      ingestor.ingest({ items: [track('m3'), track('m2')], ip: null }),
    ]);
    expect(a.accepted + b.accepted).toBe(1);
    expect((await storage.events.stats()).events).toBe(3);
  });

  it('answers every request of a group commit, with its own drops', async () => {
    const { storage, ingestor } = setup();
    const outcomes = await Promise.all([
      ingestor.ingest({ items: [track('x1'), { type: 'track', anonymousId: 'a' }], ip: null }),
      ingestor.ingest({ items: [track('x2', { anonymousId: 'b' })], ip: null }),
    ]);
    expect(outcomes.map((o) => o.accepted)).toEqual([1, 1]);
    expect(outcomes[0]?.dropped.map((d) => d.reason)).toEqual(['missing_event']);
    expect(outcomes[1]?.dropped).toEqual([]);
    expect((await storage.events.recentDrops(10)).map((d) => d.reason)).toEqual(['missing_event']);
  });

  it('stamps receivedAt from the injected clock', async () => {
    const { storage, ingestor, clock } = setup();
    clock.advance(5_000);
    await ingestor.ingest({ items: [track('t1')], ip: '198.51.100.4', routeType: 'track' });
    const [stored] = await storage.events.recentEvents({ limit: 1 });
    expect(stored?.receivedAt).toBe(clock.now());
    expect(stored?.context.ip).toBe('198.51.100.4');
  });

  it('turns requests away as overload while too many events wait, and never loses accepted ones', async () => {
    const { storage, ingestor } = setup(createMemoryStorage(), 2);
    const accepted = ingestor.ingest({ items: [track('o1'), track('o2')], ip: null });
    await expect(ingestor.ingest({ items: [track('o3')], ip: null })).rejects.toMatchObject({
      code: 'E_OVERLOADED',
    });
    await accepted;
    expect((await storage.events.stats()).events).toBe(2);
  });

  it('fails every waiting request when the commit fails, and recovers', async () => {
    const storage = createMemoryStorage();
    let failNext = true;
    const flaky: Storage = {
      ...storage,
      ingest: {
        write: (work) => {
          if (failNext) {
            failNext = false;
            return Promise.reject(new Error('disk full'));
          }
          return storage.ingest.write(work);
        },
      },
    };
    const { ingestor } = setup(flaky);
    await expect(ingestor.ingest({ items: [track('f1')], ip: null })).rejects.toThrow('disk full');
    await expect(ingestor.ingest({ items: [track('f1')], ip: null })).resolves.toMatchObject({ accepted: 1 });
  });

  it('resolves anonymous browsing and a later sign-in to one profile', async () => {
    const { storage, ingestor } = setup();
    await ingestor.ingest({ items: [track('s1'), track('s2', { event: 'Product Added' })], ip: null });
    await ingestor.ingest({
      items: [
        {
          type: 'identify',
          anonymousId: 'a1',
          userId: 'ann',
          traits: { email: 'ann@shop.test' },
          messageId: 's3',
        },
      ],
      ip: null,
    });
    await ingestor.ingest({
      items: [track('s4', { anonymousId: undefined, userId: 'ann', event: 'Order Completed' })],
      ip: null,
    });
    const profile = await storage.profiles.findProfile('a1');
    expect(profile?.userId).toBe('ann');
    const events = await storage.profiles.profileEvents(profile!.id, 10);
    expect(events.map((e) => e.event ?? e.type)).toEqual([
      'Order Completed',
      'identify',
      'Product Added',
      'Product Viewed',
    ]);
  });
});
