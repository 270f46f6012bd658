import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asMessageId, asProfileId, type ProfileId } from '../core/shared/index.js';
import { encodeBody, type EncodedEvent, type TrackedEvent } from '../core/events/index.js';
import { planIngest, userKey } from '../core/profiles/index.js';
import { commitRequests } from '../use-cases/commit-events.js';
import type { Storage } from './storage.js';

let seq = 0;
let profileCounter = 0;
/** A valid stored-shape event; each call gets a fresh message id and a later timestamp. */
export const trackedEvent = (fields: Partial<TrackedEvent> = {}): EncodedEvent =>
  withBody({
    messageId: asMessageId(`msg-${++seq}`),
    type: 'track',
    event: 'Product Viewed',
    name: null,
    userId: null,
    anonymousId: null,
    groupId: null,
    previousId: null,
    properties: { price: 9.5 },
    traits: {},
    context: {},
    integrations: {},
    timestamp: 1_700_000_000_000 + seq * 1000,
    originalTimestamp: 1_700_000_000_000 + seq * 1000,
    sentAt: null,
    receivedAt: 1_700_000_000_000 + seq * 1000,
    ...fields,
  });

const withBody = (event: TrackedEvent): EncodedEvent => ({ ...event, body: encodeBody(event) });

/** Ingests through the use case's commit step: dedupe, load what is known, plan, apply. */
export async function ingest(storage: Storage, events: EncodedEvent[]): Promise<number> {
  const ids = { profileId: (): ProfileId => asProfileId(`prf-${++profileCounter}`) };
  const [outcome] = await storage.ingest.write((tx) => commitRequests(tx, [{ events, dropped: [] }], ids));
  return outcome!.accepted;
}

/** The behaviour every storage backend must have. Call from `<name>-storage.test.ts`. */
export function runStorageContract(name: string, open: () => Promise<Storage>): void {
  describe(`Storage contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await open();
    });
    afterEach(async () => {
      await storage.close();
    });

    it('stores events and reads them newest first, also after a position', async () => {
      const events = [
        trackedEvent({ anonymousId: 'a' }),
        trackedEvent({ anonymousId: 'a' }),
        trackedEvent({ anonymousId: 'b' }),
      ];
      await ingest(storage, events);
      const recent = await storage.events.recentEvents({ limit: 10 });
      expect(recent.map((e) => e.messageId)).toEqual(events.map((e) => e.messageId).reverse());
      expect(recent[0]).toMatchObject({ type: 'track', event: 'Product Viewed', properties: { price: 9.5 } });
      const after = await storage.events.recentEvents({ limit: 10, afterSeq: recent[1]!.seq });
      expect(after.map((e) => e.messageId)).toEqual([events[2]!.messageId]);
      expect(await storage.events.stats()).toEqual({ events: 3, profiles: 2 });
    });

    it('reports message ids it has already stored', async () => {
      const first = trackedEvent({ anonymousId: 'a' });
      await ingest(storage, [first]);
      const other = asMessageId('never-seen');
      const unseen = await storage.ingest.write((tx) => tx.unseenMessageIds([first.messageId, other]));
      expect([...unseen]).toEqual([other]);
      expect(await ingest(storage, [first])).toBe(0);
      expect((await storage.events.stats()).events).toBe(1);
    });

    it('leaves no trace of a transaction that fails', async () => {
      const event = trackedEvent({ userId: 'ghost' });
      await expect(
        storage.ingest.write(async (tx) => {
          await tx.apply(
            planIngest([event], await tx.loadKnown([userKey('ghost')], []), () => asProfileId('prf-ghost')),
          );
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await storage.profiles.findProfile('ghost')).toBeUndefined();
      expect((await storage.events.stats()).events).toBe(0);
      // The identity index must not remember the rolled-back profile either.
      await ingest(storage, [trackedEvent({ userId: 'ghost' })]);
      expect((await storage.profiles.findProfile('ghost'))?.userId).toBe('ghost');
    });

    it('resolves userId, anonymousId and profile id to the same profile', async () => {
      await ingest(storage, [
        trackedEvent({
          type: 'identify',
          event: null,
          userId: 'u1',
          anonymousId: 'a1',
          traits: { email: 'Ann@Shop.test' },
        }),
      ]);
      const byUser = await storage.profiles.findProfile('u1');
      expect(byUser).toMatchObject({
        userId: 'u1',
        anonymousIds: ['a1'],
        traits: { values: { email: 'Ann@Shop.test' } },
      });
      expect((await storage.profiles.findProfile('a1'))?.id).toBe(byUser?.id);
      expect((await storage.profiles.findProfile(byUser!.id))?.id).toBe(byUser?.id);
      expect(await storage.profiles.findProfile('nobody')).toBeUndefined();
    });

    it('moves both sides of a merge to one profile, and old ids still resolve', async () => {
      const anonymous = trackedEvent({ anonymousId: 'a1' });
      const known = trackedEvent({ userId: 'u1' });
      await ingest(storage, [anonymous]);
      await ingest(storage, [known]);
      const anonymousProfile = (await storage.profiles.findProfile('a1'))!.id;
      await ingest(storage, [
        trackedEvent({ type: 'identify', event: null, userId: 'u1', anonymousId: 'a1' }),
      ]);
      const merged = (await storage.profiles.findProfile('u1'))!;
      expect(merged.anonymousIds).toEqual(['a1']);
      expect((await storage.profiles.findProfile(anonymousProfile))?.id).toBe(merged.id);
      const timeline = await storage.profiles.profileEvents(merged.id, 10);
      expect(timeline.map((e) => e.messageId)).toContain(anonymous.messageId);
      expect(timeline.map((e) => e.messageId)).toContain(known.messageId);
      expect(timeline.every((e) => e.profileId === merged.id)).toBe(true);
      expect((await storage.events.stats()).profiles).toBe(1);
    });

    it('searches profiles by ids and traits, most recently seen first', async () => {
      await ingest(storage, [
        trackedEvent({
          type: 'identify',
          event: null,
          userId: 'ann',
          traits: { email: 'ann@shop.test', name: 'Ann Lee' },
        }),
      ]);
      await ingest(storage, [
        trackedEvent({ type: 'identify', event: null, userId: 'bob', traits: { email: 'bob@shop.test' } }),
      ]);
      expect((await storage.profiles.searchProfiles('ANN LEE', 10)).map((p) => p.userId)).toEqual(['ann']);
      expect((await storage.profiles.searchProfiles('shop.test', 10)).map((p) => p.userId)).toEqual([
        'bob',
        'ann',
      ]);
      expect((await storage.profiles.searchProfiles('', 1)).map((p) => p.userId)).toEqual(['bob']);
      expect(await storage.profiles.searchProfiles('%', 10)).toEqual([]);
    });

    it('keeps groups with their traits', async () => {
      await ingest(storage, [
        trackedEvent({ type: 'group', event: null, userId: 'u', groupId: 'acme', traits: { plan: 'pro' } }),
      ]);
      expect((await storage.profiles.findGroup('acme'))?.traits.values).toEqual({ plan: 'pro' });
      expect((await storage.profiles.findProfile('u'))?.groupIds).toEqual(['acme']);
    });

    it('records drops and lists them newest first', async () => {
      const drop = (messageId: string) => ({
        reason: 'missing_event' as const,
        message: 'track needs a non-empty event name',
        messageId,
        type: 'track',
        sample: '{}',
        receivedAt: 1,
      });
      await storage.ingest.write((tx) => tx.recordDrops([drop('d1'), drop('d2')]));
      expect((await storage.events.recentDrops(10)).map((d) => d.messageId)).toEqual(['d2', 'd1']);
    });

    it('runs transactions one at a time', async () => {
      const order: string[] = [];
      const slow = storage.ingest.write(async () => {
        order.push('a-start');
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push('a-end');
      });
      const fast = storage.ingest.write(async () => {
        order.push('b');
      });
      await Promise.all([slow, fast]);
      expect(order).toEqual(['a-start', 'a-end', 'b']);
    });

    it('keeps settings, users and sessions', async () => {
      await storage.settings.setSetting('write_key', 'wk1');
      await storage.settings.setSetting('write_key', 'wk2');
      expect(await storage.settings.getSetting('write_key')).toBe('wk2');
      expect(await storage.users.countUsers()).toBe(0);
      await storage.users.createUser({ id: 'usr1', email: 'ann@shop.test', passwordHash: 'h', createdAt: 1 });
      expect(await storage.users.countUsers()).toBe(1);
      expect((await storage.users.findUserByEmail('ann@shop.test'))?.id).toBe('usr1');
      await storage.users.createSession('tok', 'usr1', 1_000);
      expect((await storage.users.findSessionUser('tok', 999))?.email).toBe('ann@shop.test');
      expect(await storage.users.findSessionUser('tok', 1_000)).toBeUndefined();
    });
  });
}
