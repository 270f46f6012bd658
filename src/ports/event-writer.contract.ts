import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asProfileId } from '../core/shared/index.js';
import type { DroppedEvent, EncodedEvent } from '../core/events/index.js';
import { inlineEventWriter } from '../use-cases/commit-events.js';
import type { EventWriter, Storage, WriteRequest } from './storage.js';
import { trackedEvent } from './storage.contract.js';

/** A writer under test and the storage to read back what it stored. */
export interface EventWriterHarness {
  readonly writer: EventWriter;
  readonly storage: Storage;
  /** Closes the writer, then the storage. */
  close(): Promise<void>;
}

let profileCounter = 0;

/**
 * The in-process writer (`inlineEventWriter`) over a storage's own ingest store, wired the way
 * `waymark import` does. Here, because an adapter's test may not import a use case.
 */
export function inlineWriterHarness(storage: Storage): EventWriterHarness {
  const writer = inlineEventWriter(storage.ingest, {
    profileId: () => asProfileId(`prf-writer-${++profileCounter}`),
  });
  return {
    writer,
    storage,
    async close() {
      await writer.close();
      await storage.close();
    },
  };
}

const request = (events: EncodedEvent[], dropped: DroppedEvent[] = []): WriteRequest => ({ events, dropped });

const drop = (messageId: string): DroppedEvent => ({
  reason: 'missing_event',
  message: 'track needs a non-empty event name',
  messageId,
  type: 'track',
  sample: '{}',
  receivedAt: 1_700_000_000_000,
});

/** The behaviour every EventWriter must have. Call from the writer's test. */
export function runEventWriterContract(name: string, open: () => Promise<EventWriterHarness>): void {
  describe(`EventWriter contract: ${name}`, () => {
    let writer: EventWriter;
    let storage: Storage;
    let harness: EventWriterHarness;
    beforeEach(async () => {
      harness = await open();
      ({ writer, storage } = harness);
    });
    afterEach(async () => {
      await harness.close();
    });

    /** Every stored event, oldest first. */
    const stored = () => storage.events.eventsAfter(0, 1_000);

    it('stores all requests of one write and reports each one', async () => {
      const events = [
        trackedEvent({ anonymousId: 'a', properties: { revenue: 12.5 } }),
        trackedEvent({ anonymousId: 'a' }),
        trackedEvent({ type: 'page', event: null, name: 'Home', anonymousId: 'b' }),
      ];
      const outcomes = await writer.write([request(events.slice(0, 2)), request(events.slice(2))]);
      expect(outcomes).toEqual([
        { accepted: 2, duplicates: 0 },
        { accepted: 1, duplicates: 0 },
      ]);
      const rows = await stored();
      expect(rows.map((e) => e.messageId)).toEqual(events.map((e) => e.messageId));
      expect(rows[0]).toMatchObject({
        type: 'track',
        event: 'Product Viewed',
        properties: { revenue: 12.5 },
      });
      expect(rows[2]).toMatchObject({ type: 'page', name: 'Home', anonymousId: 'b' });
      expect(await storage.events.stats()).toEqual({ events: 3, profiles: 2 });
    });

    it('answers a write without events or drops', async () => {
      expect(await writer.write([])).toEqual([]);
      expect(await writer.write([request([])])).toEqual([{ accepted: 0, duplicates: 0 }]);
      expect(await storage.events.stats()).toEqual({ events: 0, profiles: 0 });
    });

    it('counts a message id stored by an earlier write as a duplicate', async () => {
      const first = trackedEvent({ anonymousId: 'a' });
      await writer.write([request([first])]);
      const fresh = trackedEvent({ anonymousId: 'a' });
      expect(await writer.write([request([first, fresh])])).toEqual([{ accepted: 1, duplicates: 1 }]);
      expect((await stored()).map((e) => e.messageId)).toEqual([first.messageId, fresh.messageId]);
    });

    it('keeps the first copy of a message id repeated in one write, also across its requests', async () => {
      const first = trackedEvent({ anonymousId: 'first' });
      const copy = () => trackedEvent({ messageId: first.messageId, anonymousId: 'copy' });
      const other = trackedEvent({ anonymousId: 'first' });
      const outcomes = await writer.write([request([first, copy()]), request([copy(), other])]);
      expect(outcomes).toEqual([
        { accepted: 1, duplicates: 1 },
        { accepted: 1, duplicates: 1 },
      ]);
      const rows = await stored();
      expect(rows.map((e) => [e.messageId, e.anonymousId])).toEqual([
        [first.messageId, 'first'],
        [other.messageId, 'first'],
      ]);
      expect(await storage.profiles.findProfile('copy')).toBeUndefined();
    });

    it('records the drops of every request, with or without events', async () => {
      const outcomes = await writer.write([
        request([trackedEvent({ anonymousId: 'a' })], [drop('d1'), drop('d2')]),
        request([], [drop('d3')]),
      ]);
      expect(outcomes).toEqual([
        { accepted: 1, duplicates: 0 },
        { accepted: 0, duplicates: 0 },
      ]);
      const drops = await storage.events.recentDrops(10);
      expect(drops.map((d) => d.messageId)).toEqual(['d3', 'd2', 'd1']);
      expect(drops[0]).toEqual(drop('d3'));
    });

    it('joins anonymous activity and a later identify into one profile found by either id', async () => {
      const anonymous = trackedEvent({ anonymousId: 'a1' });
      await writer.write([request([anonymous])]);
      await writer.write([
        request([trackedEvent({ type: 'identify', event: null, userId: 'u1', anonymousId: 'a1' })]),
      ]);
      const byUser = await storage.profiles.findProfile('u1');
      expect(byUser).toMatchObject({ userId: 'u1', anonymousIds: ['a1'] });
      expect((await storage.profiles.findProfile('a1'))?.id).toBe(byUser!.id);
      expect((await stored()).every((e) => e.profileId === byUser!.id)).toBe(true);
      const timeline = await storage.profiles.profileEvents(byUser!.id, 10);
      expect(timeline.map((e) => e.messageId)).toContain(anonymous.messageId);
      expect(await storage.events.stats()).toEqual({ events: 2, profiles: 1 });
    });

    it('applies overlapping writes in call order', async () => {
      const identify = trackedEvent({ type: 'identify', event: null, userId: 'u1', anonymousId: 'a1' });
      const byAnonymous = trackedEvent({ anonymousId: 'a1' });
      const byUser = trackedEvent({ userId: 'u1' });
      const writes = [identify, byAnonymous, byUser].map((event) => writer.write([request([event])]));
      expect(await Promise.all(writes)).toEqual(Array(3).fill([{ accepted: 1, duplicates: 0 }]));
      const rows = await stored();
      expect(rows.map((e) => e.messageId)).toEqual([identify, byAnonymous, byUser].map((e) => e.messageId));
      const profile = await storage.profiles.findProfile('a1');
      expect(rows.every((e) => e.profileId === profile!.id)).toBe(true);
      expect(await storage.events.stats()).toEqual({ events: 3, profiles: 1 });
    });

    it('lets the first of two overlapping writes of one message id win', async () => {
      const first = trackedEvent({ anonymousId: 'first' });
      const second = trackedEvent({ messageId: first.messageId, anonymousId: 'second' });
      const outcomes = await Promise.all([
        writer.write([request([first])]),
        writer.write([request([second])]),
      ]);
      expect(outcomes).toEqual([[{ accepted: 1, duplicates: 0 }], [{ accepted: 0, duplicates: 1 }]]);
      expect((await stored()).map((e) => e.anonymousId)).toEqual(['first']);
      expect(await storage.profiles.findProfile('second')).toBeUndefined();
    });

    it('resolves a write only once its events can be read', async () => {
      const seen: Array<{ events: number; found: boolean }> = [];
      const writes = ['a', 'b', 'c'].map((id, i) =>
        writer.write([request([trackedEvent({ anonymousId: id })])]).then(async () => {
          const { events } = await storage.events.stats();
          const found = (await storage.profiles.findProfile(id)) !== undefined;
          seen[i] = { events, found };
        }),
      );
      await Promise.all(writes);
      seen.forEach((at, i) => {
        expect(at.found).toBe(true);
        expect(at.events).toBeGreaterThanOrEqual(i + 1);
      });
    });
  });
}
