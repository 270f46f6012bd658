// @segment/analytics-node 3.1.0 against the real server: 3.x (Basic header + body writeKey) and a
// 2.x-style client (body writeKey only, here also with a device clock one hour fast).
import { Analytics, FetchHTTPClient, type HTTPClient, type HTTPClientRequest } from '@segment/analytics-node';
import { describe, expect, it } from 'vitest';
import { AdminClient, type EventView } from '../support/admin-client.js';
import type { ServerProcess } from '../support/server-process.js';
import { useServer } from '../support/use-server.js';

const HOUR = 3_600_000;
/** Latency plus rounding between client and server clocks on one machine. */
const CLOCK_TOLERANCE_MS = 2_000;

let server: ServerProcess;
let admin: AdminClient;

useServer((started) => ({ server, admin } = started));

interface Recorded {
  readonly headers: Record<string, string>;
  readonly body: { writeKey?: string; sentAt?: string; batch: Array<Record<string, unknown>> };
}

/**
 * An HTTP client for analytics-node that records what it sends and may rewrite the request first
 * (to strip the Authorization header as 2.x did, or to move the device clock).
 */
function recordingClient(rewrite: (request: HTTPClientRequest) => HTTPClientRequest = (r) => r): {
  client: HTTPClient;
  sent: Recorded[];
  statuses: number[];
} {
  const inner = new FetchHTTPClient();
  const sent: Recorded[] = [];
  const statuses: number[] = [];
  return {
    sent,
    statuses,
    client: {
      async makeRequest(request) {
        const final = rewrite(request);
        sent.push({ headers: { ...final.headers }, body: JSON.parse(final.body) as Recorded['body'] });
        const response = await inner.makeRequest(final);
        statuses.push(response.status);
        return response;
      },
    },
  };
}

/** Shifts the client's clock: sentAt and every event timestamp move by `skewMs`. */
function shiftClock(body: string, skewMs: number): string {
  const parsed = JSON.parse(body) as { sentAt: string; batch: Array<{ timestamp?: string }> };
  const shift = (iso: string) => new Date(Date.parse(iso) + skewMs).toISOString();
  parsed.sentAt = shift(parsed.sentAt);
  for (const event of parsed.batch) if (event.timestamp) event.timestamp = shift(event.timestamp);
  return JSON.stringify(parsed);
}

interface Ids {
  readonly userId: string;
  readonly anonymousId: string;
  /** An id from another device, joined by alias. */
  readonly otherDevice: string;
  readonly groupId: string;
}

/** The calls of a small shop session; resolves with the messageIds the library generated, by label. */
async function sendSession(analytics: Analytics, ids: Ids, orderAt: Date): Promise<Map<string, string>> {
  const messageIds = new Map<string, string>();
  const done: Array<Promise<void>> = [];
  const callback = (label: string) => {
    let settle!: (error?: unknown) => void;
    done.push(new Promise<void>((resolve, reject) => (settle = (e) => (e ? reject(e) : resolve()))));
    return (error: unknown, ctx?: { event: { messageId?: string } }) => {
      if (ctx?.event.messageId) messageIds.set(label, ctx.event.messageId);
      settle(error);
    };
  };
  analytics.track(
    { anonymousId: ids.otherDevice, event: 'Product Viewed', properties: { product_id: 'p-9' } },
    callback('other-device'),
  );
  analytics.identify(
    {
      anonymousId: ids.anonymousId,
      userId: ids.userId,
      traits: { email: `${ids.userId}@example.com`, name: 'Ada Lovelace', plan: 'pro' },
    },
    callback('identify'),
  );
  analytics.track(
    {
      anonymousId: ids.anonymousId,
      event: 'Product Added',
      properties: { product_id: 'p-1', price: 19.5, quantity: 2, tags: ['a', 'b'] },
    },
    callback('added'),
  );
  analytics.track(
    {
      userId: ids.userId,
      event: 'Completed Order',
      properties: { order_id: 'o-1', revenue: 39, currency: 'EUR' },
      timestamp: orderAt,
    },
    callback('order'),
  );
  analytics.page(
    {
      anonymousId: ids.anonymousId,
      category: 'Docs',
      name: 'Pricing',
      properties: { path: '/pricing', url: 'https://shop.example/pricing' },
    },
    callback('page'),
  );
  analytics.group(
    { userId: ids.userId, groupId: ids.groupId, traits: { name: 'Acme', employees: 12 } },
    callback('group'),
  );
  analytics.alias({ previousId: ids.otherDevice, userId: ids.userId }, callback('alias'));
  await analytics.closeAndFlush({ timeout: 15_000 });
  await Promise.all(done);
  return messageIds;
}

/** The shared assertions for one client run. */
async function expectStoredSession(
  ids: Ids,
  messageIds: Map<string, string>,
  window: { from: number; to: number },
  orderAt: Date,
): Promise<void> {
  expect(messageIds.size).toBe(7);
  const profile = await admin.profile(ids.userId);
  expect(profile).toBeDefined();
  // Every identity resolves to the same merged profile.
  for (const id of [ids.anonymousId, ids.otherDevice, profile!.id]) {
    expect((await admin.profile(id))?.id, `profile of ${id}`).toBe(profile!.id);
  }
  expect(profile!.userId).toBe(ids.userId);
  expect([...profile!.anonymousIds].sort()).toEqual([ids.anonymousId, ids.otherDevice].sort());
  expect(profile!.traits).toMatchObject({
    email: `${ids.userId}@example.com`,
    name: 'Ada Lovelace',
    plan: 'pro',
  });
  expect(profile!.groupIds).toContain(ids.groupId);

  const events = await admin.profileEvents(ids.userId);
  const byId = new Map(events.map((event) => [event.messageId, event]));
  expect(events).toHaveLength(7);
  expect([...byId.keys()].sort()).toEqual([...messageIds.values()].sort());
  const get = (label: string): EventView => byId.get(messageIds.get(label)!)!;

  expect(get('identify')).toMatchObject({
    type: 'identify',
    userId: ids.userId,
    anonymousId: ids.anonymousId,
  });
  expect(get('identify').traits).toMatchObject({ plan: 'pro' });
  expect(get('added')).toMatchObject({
    type: 'track',
    event: 'Product Added',
    properties: { product_id: 'p-1', price: 19.5, quantity: 2, tags: ['a', 'b'] },
  });
  // v1 e-commerce name normalised to v2.
  expect(get('order')).toMatchObject({
    type: 'track',
    event: 'Order Completed',
    properties: { revenue: 39 },
  });
  expect(get('page')).toMatchObject({ type: 'page', name: 'Pricing', properties: { path: '/pricing' } });
  expect(get('group')).toMatchObject({ type: 'group', groupId: ids.groupId });
  expect(get('alias').type).toBe('alias');
  expect(get('other-device')).toMatchObject({ event: 'Product Viewed', anonymousId: ids.otherDevice });

  for (const event of events) {
    expect(event.profileId).toBe(profile!.id);
    expect(event.context).toMatchObject({ library: { name: '@segment/analytics-node' } });
    const received = Date.parse(event.receivedAt);
    expect(received).toBeGreaterThanOrEqual(window.from);
    expect(received).toBeLessThanOrEqual(window.to);
    if (event.messageId === messageIds.get('order')) continue;
    // Timestamps are on the server's clock, whatever the device clock said.
    const at = Date.parse(event.timestamp);
    expect(at, `${event.type} ${event.event ?? ''} timestamp`).toBeGreaterThanOrEqual(
      window.from - CLOCK_TOLERANCE_MS,
    );
    expect(at, `${event.type} ${event.event ?? ''} timestamp`).toBeLessThanOrEqual(window.to);
  }
  // A historical timestamp is kept (corrected for skew only).
  expect(Math.abs(Date.parse(get('order').timestamp) - orderAt.getTime())).toBeLessThan(CLOCK_TOLERANCE_MS);
}

describe('@segment/analytics-node 3.1.0', () => {
  it('3.x: Basic auth and body writeKey; every call type is stored and the profile merged', async () => {
    const ids: Ids = {
      userId: 'node3-user',
      anonymousId: 'node3-anon',
      otherDevice: 'node3-phone',
      groupId: 'acme-3',
    };
    const { client, sent, statuses } = recordingClient();
    const analytics = new Analytics({
      writeKey: server.writeKey,
      host: server.url,
      flushAt: 3,
      flushInterval: 200,
      maxRetries: 1,
      httpClient: client,
    });
    const from = Date.now();
    const orderAt = new Date(from - 2 * HOUR);
    const messageIds = await sendSession(analytics, ids, orderAt);
    const to = Date.now();

    // What the library really sent: both forms of the write key.
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const request of sent) {
      expect(request.headers.Authorization).toBe(
        `Basic ${Buffer.from(`${server.writeKey}:`).toString('base64')}`,
      );
      expect(request.body.writeKey).toBe(server.writeKey);
      expect(typeof request.body.sentAt).toBe('string');
    }
    expect(statuses.every((status) => status === 200)).toBe(true);
    await expectStoredSession(ids, messageIds, { from, to }, orderAt);
  });

  it('2.x style: body writeKey only, device clock one hour fast; timestamps are corrected', async () => {
    const ids: Ids = {
      userId: 'node2-user',
      anonymousId: 'node2-anon',
      otherDevice: 'node2-phone',
      groupId: 'acme-2',
    };
    const { client, sent, statuses } = recordingClient((request) => {
      const headers = { ...request.headers };
      delete headers.Authorization;
      return { ...request, headers, body: shiftClock(request.body, HOUR) };
    });
    const analytics = new Analytics({
      writeKey: server.writeKey,
      host: server.url,
      flushAt: 2,
      flushInterval: 200,
      maxRetries: 1,
      httpClient: client,
    });
    const from = Date.now();
    const orderAt = new Date(from - 2 * HOUR);
    const messageIds = await sendSession(analytics, ids, orderAt);
    const to = Date.now();

    expect(sent.length).toBeGreaterThanOrEqual(4);
    for (const request of sent) {
      expect(Object.keys(request.headers).map((h) => h.toLowerCase())).not.toContain('authorization');
      expect(request.body.writeKey).toBe(server.writeKey);
      // The device really was an hour ahead.
      expect(Date.parse(request.body.sentAt!) - Date.now()).toBeGreaterThan(HOUR - 60_000);
    }
    expect(statuses.every((status) => status === 200)).toBe(true);
    await expectStoredSession(ids, messageIds, { from, to }, orderAt);
  });

  it('a second delivery of the same batch (a client retry) is stored once', async () => {
    const { client, sent } = recordingClient();
    const analytics = new Analytics({
      writeKey: server.writeKey,
      host: server.url,
      flushAt: 1,
      httpClient: client,
    });
    analytics.track({ userId: 'node-retry', event: 'Checkout Started', messageId: 'node-retry-1' });
    await analytics.closeAndFlush({ timeout: 10_000 });
    // Replay the exact request the library made, as its retry would (X-Retry-Count added).
    const replay = await fetch(`${server.url}/v1/batch`, {
      method: 'POST',
      headers: { ...sent[0]!.headers, 'X-Retry-Count': '1' },
      body: JSON.stringify(sent[0]!.body),
    });
    expect(replay.status).toBe(200);
    const events = await admin.profileEvents('node-retry');
    expect(events.map((event) => event.messageId)).toEqual(['node-retry-1']);
  });
});
