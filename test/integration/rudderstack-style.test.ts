// Exactly what RudderStack SDKs send (reference B6): Basic auth only, per-event sentAt, channel,
// rudderId and originalTimestamp; and the beacon route with the write key in the query.
import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AdminClient } from '../support/admin-client.js';
import type { ServerProcess } from '../support/server-process.js';
import { useServer } from '../support/use-server.js';
import { post } from '../support/tracking-client.js';

const HOUR = 3_600_000;
const TOLERANCE_MS = 2_000;

let server: ServerProcess;
let admin: AdminClient;

useServer((started) => ({ server, admin } = started));

/** RudderStack's rudderId: an MD5-based UUID of `userId:anonymousId`. */
function rudderId(userId: string, anonymousId: string): string {
  const hex = createHash('md5').update(`${userId}:${anonymousId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One event the way rudder-sdk-js v3 builds it. Its identify carries the user's traits in
 * `context.traits` only (RudderEventFactory.generateIdentifyEvent + getEnrichedEvent), never at the top.
 */
function rudderEvent(fields: {
  type: string;
  userId?: string;
  anonymousId: string;
  event?: string;
  properties?: Record<string, unknown>;
  traits?: Record<string, unknown>;
  channel: 'web' | 'server';
  at: Date;
  sentAt?: Date;
}) {
  const iso = fields.at.toISOString();
  return {
    channel: fields.channel,
    context: {
      app: {
        build: '1.0.0',
        name: 'RudderLabs JavaScript SDK',
        namespace: 'com.rudderlabs.javascript',
        version: '3.11.0',
      },
      library: { name: 'RudderLabs JavaScript SDK', version: '3.11.0' },
      locale: 'en-GB',
      os: { name: '', version: '' },
      screen: { density: 2, width: 1440, height: 900, innerWidth: 1440, innerHeight: 780 },
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) RudderTest',
      traits: fields.traits ?? {},
      sessionId: 1_700_000_000_000,
    },
    type: fields.type,
    messageId: randomUUID(),
    originalTimestamp: iso,
    anonymousId: fields.anonymousId,
    ...(fields.userId === undefined ? {} : { userId: fields.userId }),
    ...(fields.event === undefined ? {} : { event: fields.event }),
    ...(fields.userId === undefined ? {} : { rudderId: rudderId(fields.userId, fields.anonymousId) }),
    integrations: { All: true },
    properties: fields.properties ?? {},
    sentAt: (fields.sentAt ?? new Date()).toISOString(),
  };
}

describe('RudderStack-style clients', () => {
  it('POST /v1/batch with Basic auth only: events stored, identities merged', async () => {
    const now = Date.now();
    const anon = `rs-anon-${randomUUID()}`;
    const user = 'rs-user-1';
    const batch = [
      rudderEvent({
        type: 'page',
        anonymousId: anon,
        channel: 'web',
        at: new Date(now - 3000),
        properties: { path: '/' },
      }),
      rudderEvent({
        type: 'track',
        anonymousId: anon,
        event: 'Product Viewed',
        channel: 'web',
        at: new Date(now - 2000),
        properties: { product_id: 'sku-1', price: 10 },
      }),
      rudderEvent({
        type: 'identify',
        anonymousId: anon,
        userId: user,
        channel: 'web',
        at: new Date(now - 1000),
        traits: { email: 'rs@example.com' },
      }),
      rudderEvent({
        type: 'track',
        anonymousId: anon,
        userId: user,
        event: 'Order Completed',
        channel: 'server',
        at: new Date(now - 500),
        properties: { order_id: 'rs-o1', revenue: 99.5, currency: 'USD' },
      }),
    ];
    // rudder-sdk-node: { batch, sentAt }; no writeKey in the body.
    const response = await post(
      server.url,
      '/v1/batch',
      { batch, sentAt: new Date().toISOString() },
      {
        basicKey: server.writeKey,
        headers: { AnonymousId: Buffer.from(anon).toString('base64') },
      },
    );
    expect(response.status).toBe(200);

    const profile = await admin.profile(user);
    expect(profile).toBeDefined();
    expect((await admin.profile(anon))?.id).toBe(profile!.id);
    expect(profile!.anonymousIds).toEqual([anon]);
    const events = await admin.profileEvents(user);
    expect(events.map((event) => event.messageId).sort()).toEqual(
      batch.map((event) => event.messageId).sort(),
    );
    for (const sent of batch) {
      const stored = events.find((event) => event.messageId === sent.messageId)!;
      expect(stored.type).toBe(sent.type);
      expect(stored.properties).toEqual(sent.properties);
      expect(stored.context).toMatchObject({
        library: { name: 'RudderLabs JavaScript SDK' },
        ip: '127.0.0.1',
      });
      // sentAt ≈ receivedAt, so originalTimestamp survives the correction.
      expect(Math.abs(Date.parse(stored.timestamp) - Date.parse(sent.originalTimestamp))).toBeLessThan(
        TOLERANCE_MS,
      );
    }
    // Newest first by timestamp.
    expect(events.map((event) => event.type)).toEqual(['track', 'identify', 'track', 'page']);
  });

  it('identify from rudder-sdk-js: traits only in context.traits still set the profile traits', async () => {
    const anon = `rs-traits-${randomUUID()}`;
    const user = `rs-traits-user-${randomUUID()}`;
    const identify = rudderEvent({
      type: 'identify',
      anonymousId: anon,
      userId: user,
      channel: 'web',
      at: new Date(),
      traits: { email: 'traits@example.com', firstName: 'Grace' },
    });
    expect(identify).not.toHaveProperty('traits');
    const response = await post(server.url, '/v1/identify', identify, { basicKey: server.writeKey });
    expect(response.status).toBe(200);
    const [stored] = await admin.profileEvents(user);
    expect(stored?.messageId).toBe(identify.messageId);
    const profile = await admin.profile(user);
    expect(profile?.traits).toMatchObject({ email: 'traits@example.com', firstName: 'Grace' });
  });

  it('POST /beacon/v1/batch?writeKey=… (sendBeacon: text/plain, no Authorization header)', async () => {
    const anon = `rs-beacon-${randomUUID()}`;
    const batch = [
      rudderEvent({ type: 'track', anonymousId: anon, event: 'Cart Viewed', channel: 'web', at: new Date() }),
      rudderEvent({
        type: 'page',
        anonymousId: anon,
        channel: 'web',
        at: new Date(),
        properties: { path: '/cart' },
      }),
    ];
    const response = await post(
      server.url,
      `/beacon/v1/batch?writeKey=${encodeURIComponent(server.writeKey)}`,
      { batch, sentAt: new Date().toISOString() },
      { contentType: 'text/plain;charset=UTF-8' },
    );
    expect(response.status).toBe(200);
    const events = await admin.profileEvents(anon);
    expect(events.map((event) => event.messageId).sort()).toEqual(
      batch.map((event) => event.messageId).sort(),
    );
    expect(events.find((event) => event.type === 'track')?.event).toBe('Cart Viewed');
  });

  it('the beacon route refuses a wrong query write key', async () => {
    const anon = `rs-beacon-bad-${randomUUID()}`;
    const response = await post(
      server.url,
      '/beacon/v1/batch?writeKey=not-our-key',
      {
        batch: [
          rudderEvent({ type: 'track', anonymousId: anon, event: 'X', channel: 'web', at: new Date() }),
        ],
      },
      { contentType: 'text/plain;charset=UTF-8' },
    );
    expect(response.status).toBe(401);
    expect(await admin.profile(anon)).toBeUndefined();
  });

  it('clock skew: a device one hour fast gets its timestamp corrected to server time', async () => {
    const anon = `rs-skew-${randomUUID()}`;
    const deviceNow = new Date(Date.now() + HOUR);
    // The event happened 5 s before the device sent it, by the device's (wrong) clock.
    const event = rudderEvent({
      type: 'track',
      anonymousId: anon,
      event: 'Product Added',
      channel: 'web',
      at: new Date(deviceNow.getTime() - 5000),
      sentAt: deviceNow,
    });
    const before = Date.now();
    const response = await post(
      server.url,
      '/v1/batch',
      { batch: [event], sentAt: deviceNow.toISOString() },
      {
        basicKey: server.writeKey,
      },
    );
    const after = Date.now();
    expect(response.status).toBe(200);
    const [stored] = await admin.profileEvents(anon);
    expect(stored).toBeDefined();
    const at = Date.parse(stored!.timestamp);
    // timestamp = receivedAt − (sentAt − originalTimestamp) = receivedAt − 5 s.
    expect(at).toBeGreaterThanOrEqual(before - 5000 - 50);
    expect(at).toBeLessThanOrEqual(after - 5000 + 50);
    expect(Date.parse(stored!.timestamp)).toBe(Date.parse(stored!.receivedAt) - 5000);
  });

  it('per-event sentAt is used when the batch has none (rudder-sdk-js XHR queue)', async () => {
    const anon = `rs-skew-item-${randomUUID()}`;
    const deviceNow = new Date(Date.now() + HOUR);
    const event = rudderEvent({
      type: 'track',
      anonymousId: anon,
      event: 'Checkout Started',
      channel: 'web',
      at: new Date(deviceNow.getTime() - 2000),
      sentAt: deviceNow,
    });
    const response = await post(server.url, '/v1/track', event, { basicKey: server.writeKey });
    expect(response.status).toBe(200);
    const [stored] = await admin.profileEvents(anon);
    expect(Date.parse(stored!.timestamp)).toBe(Date.parse(stored!.receivedAt) - 2000);
  });
});
