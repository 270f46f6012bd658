// Spec §1 (tracking API) as a black box: routes, encodings, pixel, settings, dedupe, names,
// batch merge, server stamps, proxies, health.
import { afterAll, describe, expect, it } from 'vitest';
import { AdminClient, type EventView } from '../support/admin-client.js';
import { makeDataDir, removeDataDir, startServer, type ServerProcess } from '../support/server-process.js';
import { useServer } from '../support/use-server.js';
import { storedPayload } from '../support/sqlite-peek.js';
import { post, uniqueId } from '../support/tracking-client.js';

let server: ServerProcess;
let admin: AdminClient;
const extraDirs: string[] = [];

useServer((started) => ({ server, admin } = started));

afterAll(async () => {
  for (const dir of extraDirs) removeDataDir(dir);
});

/** Posts with Basic auth and expects the documented success answer. */
async function send(path: string, body: unknown, options: Parameters<typeof post>[3] = {}): Promise<void> {
  const response = await post(server.url, path, body, { basicKey: server.writeKey, ...options });
  expect(response.status, `${path} → ${JSON.stringify(response.body)}`).toBe(200);
  expect(response.body).toEqual({ success: true });
}

/** The stored event with this messageId (among the newest 1000). */
async function stored(messageId: string): Promise<EventView | undefined> {
  return (await admin.eventsById()).get(messageId);
}

function callFor(type: string, messageId: string, anonymousId: string): Record<string, unknown> {
  const base = { messageId, anonymousId, type };
  switch (type) {
    case 'track':
      return { ...base, event: 'Route Checked', properties: { route: messageId } };
    case 'group':
      return { ...base, groupId: `g-${messageId}` };
    case 'alias':
      return { ...base, userId: `u-${messageId}`, previousId: anonymousId };
    case 'page':
    case 'screen':
      return { ...base, name: 'Home' };
    default:
      return { ...base, traits: { seen: true } };
  }
}

describe('routes', () => {
  const single: Array<[string, string]> = [
    ['identify', 'identify'],
    ['track', 'track'],
    ['page', 'page'],
    ['screen', 'screen'],
    ['group', 'group'],
    ['alias', 'alias'],
    ['i', 'identify'],
    ['t', 'track'],
    ['p', 'page'],
    ['s', 'screen'],
    ['g', 'group'],
    ['a', 'alias'],
  ];

  it.each(single)('POST /v1/%s is stored as %s', async (route, type) => {
    const messageId = uniqueId(`route-${route}`);
    // The body carries no type: the route decides, as analytics.js relies on.
    const { type: _omit, ...body } = callFor(type, messageId, uniqueId('anon'));
    await send(`/v1/${route}`, body);
    expect((await stored(messageId))?.type).toBe(type);
  });

  it.each(['batch', 'b', 'import'])('POST /v1/%s stores every item of a batch', async (route) => {
    const items = ['identify', 'track', 'page', 'screen', 'group', 'alias'].map((type) =>
      callFor(type, uniqueId(`${route}-${type}`), uniqueId('anon')),
    );
    await send(`/v1/${route}`, { batch: items });
    const byId = await admin.eventsById();
    for (const item of items) expect(byId.get(item.messageId as string)?.type).toBe(item.type);
  });

  it('GET /health answers without auth', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers a cross-origin preflight for the tracking routes', async () => {
    const response = await fetch(`${server.url}/v1/t`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://shop.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://shop.example');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });
});

describe('bodies and auth forms', () => {
  it('parses a text/plain body as JSON (analytics.js default)', async () => {
    const messageId = uniqueId('text-plain');
    await send('/v1/t', JSON.stringify({ messageId, anonymousId: 'tp', event: 'Plain Sent' }), {
      contentType: 'text/plain',
    });
    expect((await stored(messageId))?.event).toBe('Plain Sent');
  });

  it('accepts a gzip body (Content-Encoding: gzip), single and batch', async () => {
    const single = uniqueId('gzip-single');
    const inBatch = uniqueId('gzip-batch');
    await send('/v1/track', { messageId: single, anonymousId: 'gz', event: 'Zipped' }, { gzip: true });
    await send(
      '/v1/batch',
      { batch: [{ type: 'track', messageId: inBatch, anonymousId: 'gz', event: 'Zipped In Batch' }] },
      { gzip: true, contentType: 'text/plain' },
    );
    expect((await stored(single))?.event).toBe('Zipped');
    expect((await stored(inBatch))?.event).toBe('Zipped In Batch');
  });

  it('accepts the write key in the body only', async () => {
    const messageId = uniqueId('body-key');
    const response = await post(server.url, '/v1/track', {
      writeKey: server.writeKey,
      messageId,
      anonymousId: 'bk',
      event: 'Body Key',
    });
    expect(response.status).toBe(200);
    expect((await stored(messageId))?.event).toBe('Body Key');
  });

  it('generates a messageId when a call has none', async () => {
    const anonymousId = uniqueId('no-message-id');
    await send('/v1/track', { anonymousId, event: 'No Id' });
    const [event] = await admin.profileEvents(anonymousId);
    expect(event?.messageId).toMatch(/\S{8,}/);
  });
});

describe('pixel', () => {
  const gif = async (response: Response) => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/gif');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('GIF8');
  };

  it('GET /v1/pixel/track?data=<base64>&writeKey= returns a GIF and stores the call', async () => {
    const messageId = uniqueId('pixel-data');
    const data = Buffer.from(
      JSON.stringify({
        messageId,
        userId: 'pixel-user',
        event: 'Email Opened',
        properties: { email_id: 'e-1' },
      }),
    ).toString('base64');
    await gif(
      await fetch(
        `${server.url}/v1/pixel/track?data=${encodeURIComponent(data)}&writeKey=${server.writeKey}`,
      ),
    );
    expect(await stored(messageId)).toMatchObject({
      type: 'track',
      event: 'Email Opened',
      userId: 'pixel-user',
      properties: { email_id: 'e-1' },
    });
  });

  it('GET /v1/pixel/track with plain query fields, and /v1/pixel/page', async () => {
    const messageId = uniqueId('pixel-plain');
    const query = new URLSearchParams({
      writeKey: server.writeKey,
      messageId,
      userId: 'pixel-user-2',
      event: 'Email Link Clicked',
      'properties.campaign_id': 'c-7',
      'context.campaign.source': 'newsletter',
    });
    await gif(await fetch(`${server.url}/v1/pixel/track?${query.toString()}`));
    const event = await stored(messageId);
    expect(event).toMatchObject({ type: 'track', event: 'Email Link Clicked', userId: 'pixel-user-2' });
    expect(event?.properties).toMatchObject({ campaign_id: 'c-7' });
    expect(event?.properties).not.toHaveProperty('writeKey');

    const pageId = uniqueId('pixel-page');
    const pageQuery = new URLSearchParams({
      writeKey: server.writeKey,
      messageId: pageId,
      anonymousId: 'pp',
      name: 'Mail',
    });
    await gif(await fetch(`${server.url}/v1/pixel/page?${pageQuery.toString()}`));
    expect((await stored(pageId))?.type).toBe('page');
  });

  it('decodes data= even when the template left + and / of the base64 unescaped', async () => {
    // Find a payload whose base64 has a '+': email templates often paste base64 into URLs raw.
    let messageId = '';
    let data = '';
    for (let i = 0; !data.includes('+'); i++) {
      messageId = uniqueId(`pixel-raw-${i}>>>`);
      data = Buffer.from(
        JSON.stringify({ messageId, userId: 'pixel-raw', event: 'Email Opened ~?>' }),
      ).toString('base64');
    }
    const response = await fetch(`${server.url}/v1/pixel/track?writeKey=${server.writeKey}&data=${data}`);
    expect(response.status).toBe(200);
    expect((await stored(messageId))?.event).toBe('Email Opened ~?>');
  });
});

describe('analytics.js settings', () => {
  it('GET /v1/projects/:writeKey/settings names us as the Segment.io api host', async () => {
    const response = await fetch(`${server.url}/v1/projects/${server.writeKey}/settings`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { integrations: Record<string, Record<string, unknown>> };
    expect(body.integrations['Segment.io']).toMatchObject({
      apiKey: server.writeKey,
      apiHost: `${server.host}/v1`,
    });
  });

  it('is 404 for an unknown write key', async () => {
    const response = await fetch(`${server.url}/v1/projects/wk_not_ours/settings`);
    expect(response.status).toBe(404);
  });
});

describe('deduplication', () => {
  it('stores a messageId once: the first copy wins, also inside one batch', async () => {
    const messageId = uniqueId('dupe');
    await send('/v1/track', { messageId, anonymousId: 'dd', event: 'First Copy' });
    await send('/v1/track', { messageId, anonymousId: 'dd', event: 'Second Copy' });
    await send('/v1/batch', {
      batch: [
        { type: 'track', messageId, anonymousId: 'dd', event: 'Third Copy' },
        { type: 'track', messageId, anonymousId: 'dd', event: 'Fourth Copy' },
      ],
    });
    const copies = (await admin.events(1000)).filter((event) => event.messageId === messageId);
    expect(copies.map((event) => event.event)).toEqual(['First Copy']);
  });

  it('concurrent copies of one messageId are stored once', async () => {
    const messageId = uniqueId('dupe-race');
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        send('/v1/track', { messageId, anonymousId: 'dr', event: `Copy ${i}` }),
      ),
    );
    expect((await admin.events(1000)).filter((event) => event.messageId === messageId)).toHaveLength(1);
  });

  it('remembers messageIds across a restart on the same data directory', async () => {
    const dataDir = makeDataDir();
    extraDirs.push(dataDir);
    const messageId = uniqueId('dupe-restart');
    const first = await startServer({ dataDir });
    const call = { messageId, anonymousId: 'restart-anon', event: 'Before Restart' };
    expect((await post(first.url, '/v1/track', call, { basicKey: first.writeKey })).status).toBe(200);
    await first.stop();

    const second = await startServer({ dataDir });
    try {
      const again = await post(
        second.url,
        '/v1/track',
        { ...call, event: 'After Restart' },
        { basicKey: second.writeKey },
      );
      expect(again.status).toBe(200);
      const events = await new AdminClient(second.url, second.adminToken).profileEvents('restart-anon');
      expect(events.map((event) => event.event)).toEqual(['Before Restart']);
    } finally {
      await second.stop();
    }
  });
});

describe('normalisation', () => {
  it.each([
    ['Completed Order', 'Order Completed'],
    ['Viewed Product', 'Product Viewed'],
    ['Added Product', 'Product Added'],
    ['Started Checkout', 'Checkout Started'],
    ['Viewed Product Category', 'Product List Viewed'],
    ['Order Completed', 'Order Completed'],
    ['Signed Up', 'Signed Up'],
  ])('track %s is stored as %s', async (sent, expected) => {
    const messageId = uniqueId('v1v2');
    await send('/v1/track', { messageId, userId: 'names', event: sent });
    expect((await stored(messageId))?.event).toBe(expected);
  });

  it('merges batch context and integrations into each item; the item wins', async () => {
    const own = uniqueId('merge-own');
    const inherits = uniqueId('merge-inherit');
    await send('/v1/batch', {
      context: { locale: 'de-DE', app: { name: 'Batch App' }, library: { name: 'batch-lib' } },
      integrations: { All: false, Mixpanel: true },
      batch: [
        {
          type: 'track',
          messageId: own,
          anonymousId: 'merge',
          event: 'Own Context',
          context: { locale: 'fr-FR' },
          integrations: { Mixpanel: false },
        },
        { type: 'track', messageId: inherits, anonymousId: 'merge', event: 'Batch Context' },
      ],
    });
    expect((await stored(own))?.context).toMatchObject({ locale: 'fr-FR', app: { name: 'Batch App' } });
    expect((await stored(inherits))?.context).toMatchObject({ locale: 'de-DE', app: { name: 'Batch App' } });
    // The admin API does not show integrations; read them from the store.
    expect(storedPayload(server.dataDir, own)?.integrations).toEqual({ All: false, Mixpanel: false });
    expect(storedPayload(server.dataDir, inherits)?.integrations).toEqual({ All: false, Mixpanel: true });
  });

  it('applies the batch sentAt to every item (clock-skew correction)', async () => {
    const deviceNow = Date.now() + 3_600_000;
    const ids = [uniqueId('batch-sent-at'), uniqueId('batch-sent-at')];
    await send('/v1/batch', {
      sentAt: new Date(deviceNow).toISOString(),
      batch: ids.map((messageId, i) => ({
        type: 'track',
        messageId,
        anonymousId: 'skew',
        event: 'Skewed',
        timestamp: new Date(deviceNow - (i + 1) * 10_000).toISOString(),
      })),
    });
    for (const [i, messageId] of ids.entries()) {
      const event = (await stored(messageId))!;
      expect(Date.parse(event.timestamp)).toBe(Date.parse(event.receivedAt) - (i + 1) * 10_000);
    }
  });
});

describe('server stamps', () => {
  it('stamps receivedAt and context.ip; a client-supplied context.ip is kept', async () => {
    const stamped = uniqueId('stamp');
    const ownIp = uniqueId('stamp-own-ip');
    const before = Date.now();
    await send('/v1/batch', {
      batch: [
        { type: 'track', messageId: stamped, anonymousId: 'stamp', event: 'Stamped' },
        {
          type: 'track',
          messageId: ownIp,
          anonymousId: 'stamp',
          event: 'Own Ip',
          context: { ip: '203.0.113.9' },
        },
      ],
    });
    const after = Date.now();
    const event = (await stored(stamped))!;
    expect(Date.parse(event.receivedAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(event.receivedAt)).toBeLessThanOrEqual(after);
    expect(event.context.ip).toBe('127.0.0.1');
    expect((await stored(ownIp))?.context.ip).toBe('203.0.113.9');
  });

  it('ignores X-Forwarded-For by default', async () => {
    const messageId = uniqueId('xff-ignored');
    await send(
      '/v1/track',
      { messageId, anonymousId: 'xff', event: 'Forwarded' },
      { headers: { 'X-Forwarded-For': '198.51.100.7, 10.0.0.1' } },
    );
    expect((await stored(messageId))?.context.ip).toBe('127.0.0.1');
  });

  it('uses the first X-Forwarded-For address with WAYMARK_TRUST_PROXY=true', async () => {
    const proxied = await startServer({ env: { WAYMARK_TRUST_PROXY: 'true' } });
    extraDirs.push(proxied.dataDir);
    try {
      const messageId = uniqueId('xff-trusted');
      const response = await post(
        proxied.url,
        '/v1/track',
        { messageId, anonymousId: 'xff', event: 'Forwarded' },
        { basicKey: proxied.writeKey, headers: { 'X-Forwarded-For': '198.51.100.7, 10.0.0.1' } },
      );
      expect(response.status).toBe(200);
      const events = await new AdminClient(proxied.url, proxied.adminToken).profileEvents('xff');
      expect(events[0]?.context.ip).toBe('198.51.100.7');
    } finally {
      await proxied.stop();
    }
  });
});
