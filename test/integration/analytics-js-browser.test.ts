// Stock analytics.js (@segment/analytics-next, UMD build from node_modules) in headless Chromium,
// on a shop page served from another origin, pointed at us by cdnURL + apiHost only (reference B4).
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient, waitFor, type EventView } from '../support/admin-client.js';
import { launchChromium } from '../support/launch-chromium.js';
import { removeDataDir, startServer, type ServerProcess } from '../support/server-process.js';

const require = createRequire(import.meta.url);
/** The UMD build and its lazily loaded chunks. */
const UMD_DIR = path.join(path.dirname(require.resolve('@segment/analytics-next/package.json')), 'dist/umd');
/** Where the UMD build looks for its chunks: `<cdn>/analytics-next/bundles/`. */
const BUNDLES = '/analytics-next/bundles/';

const SHOP_PAGE = `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <title>Waymark test shop</title>
    <script>
      // Chunks load from \`<cdn>/analytics-next/bundles/\`, the cdn being fixed when the script runs:
      // point it at this origin so nothing is fetched from the internet.
      window.analytics = { _cdn: location.origin };
    </script>
    <script src="${BUNDLES}index.js"></script>
  </head>
  <body><h1>Shop</h1></body>
</html>`;

let server: ServerProcess;
let admin: AdminClient;
let shop: http.Server;
let shopUrl: string;
let browser: Browser;

/** A tiny static server for the shop: another origin than the Waymark server. */
function startShop(): Promise<http.Server> {
  const served = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://shop.invalid');
    if (url.pathname === '/' || url.pathname === '/product') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(SHOP_PAGE);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (url.pathname.startsWith(BUNDLES)) {
      const file = path.join(UMD_DIR, path.basename(url.pathname));
      if (existsSync(file) && statSync(file).isFile()) {
        response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        createReadStream(file).pipe(response);
        return;
      }
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => served.listen(0, '127.0.0.1', () => resolve(served)));
}

beforeAll(async () => {
  if (!existsSync(path.join(UMD_DIR, 'index.js')))
    throw new Error(`no UMD build of analytics-next in ${UMD_DIR}`);
  [server, shop, browser] = await Promise.all([startServer(), startShop(), launchChromium()]);
  admin = new AdminClient(server.url, server.adminToken);
  shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (shop ? shop.close(resolve) : resolve(undefined)));
  await server?.stop();
  if (server) removeDataDir(server.dataDir);
});

interface Sent {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
}

/** Opens the shop in a fresh browser context (own cookies and storage) and records calls to us. */
async function openShop(): Promise<{
  context: BrowserContext;
  page: import('playwright-core').Page;
  sent: Sent[];
  problems: string[];
}> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const sent: Sent[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url)) return;
    sent.push({
      method: request.method(),
      path: new URL(request.url()).pathname,
      headers: request.headers(),
    });
  });
  page.on('requestfailed', (request) =>
    problems.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`),
  );
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  await page.goto(`${shopUrl}/product?utm_source=newsletter&utm_campaign=spring`);
  return { context, page, sent, problems };
}

interface Loaded {
  writeKey: string;
  cdnURL: string;
  apiHost: string;
  userId: string;
  batching: boolean;
}

/** Runs in the page: load analytics.js as documented for self-hosting, then a shop session. */
async function shopSession(options: Loaded): Promise<{ anonymousId: string; messageIds: string[] }> {
  type Ctx = { event: { messageId?: string } };
  type Analytics = {
    page(name?: string, properties?: object): Promise<Ctx>;
    track(event: string, properties?: object): Promise<Ctx>;
    identify(userId: string, traits?: object): Promise<Ctx>;
    user(): { anonymousId(): string | null };
  };
  const AnalyticsNext = (
    globalThis as unknown as {
      AnalyticsNext: { AnalyticsBrowser: { load(s: object, o: object): Promise<[Analytics]> } };
    }
  ).AnalyticsNext;
  const segment: Record<string, unknown> = { apiHost: options.apiHost, protocol: 'http' };
  if (options.batching)
    segment.deliveryStrategy = { strategy: 'batching', config: { size: 4, timeout: 300 } };
  const [analytics] = await AnalyticsNext.AnalyticsBrowser.load(
    { writeKey: options.writeKey, cdnURL: options.cdnURL },
    { integrations: { 'Segment.io': segment } },
  );
  const contexts = [
    analytics.page(),
    analytics.track('Product Viewed', { product_id: 'sku-42', price: 25, currency: 'EUR' }),
  ];
  // Let the anonymous calls go first, as on a real visit.
  await Promise.all(contexts);
  const anonymousId = analytics.user().anonymousId() ?? '';
  contexts.push(analytics.identify(options.userId, { email: `${options.userId}@example.com`, plan: 'free' }));
  contexts.push(analytics.track('Completed Order', { order_id: 'b-1', revenue: 25, currency: 'EUR' }));
  const done = await Promise.all(contexts);
  return { anonymousId, messageIds: done.map((ctx) => ctx.event.messageId ?? '') };
}

async function expectSession(
  userId: string,
  anonymousId: string,
  messageIds: string[],
): Promise<EventView[]> {
  const events = await waitFor(
    async () => {
      const found = await admin.profileEvents(userId);
      return found.length >= 4 ? found : undefined;
    },
    { what: `4 events for ${userId}`, timeoutMs: 15_000 },
  );
  expect(events.map((event) => event.messageId).sort()).toEqual([...messageIds].sort());
  expect(anonymousId).toMatch(/\S{8,}/);

  // Anonymous → known: the calls before identify resolve to the same person.
  const profile = (await admin.profile(userId))!;
  expect(profile.anonymousIds).toEqual([anonymousId]);
  expect((await admin.profile(anonymousId))?.id).toBe(profile.id);
  expect(profile.traits).toMatchObject({ email: `${userId}@example.com`, plan: 'free' });

  const [viewed, identified, ordered, paged] = [
    events.find((e) => e.event === 'Product Viewed'),
    events.find((e) => e.type === 'identify'),
    events.find((e) => e.event === 'Order Completed'),
    events.find((e) => e.type === 'page'),
  ];
  expect(viewed).toMatchObject({
    anonymousId,
    userId: null,
    properties: { product_id: 'sku-42', price: 25 },
  });
  expect(paged).toMatchObject({ anonymousId, userId: null });
  expect(paged?.properties).toMatchObject({ path: '/product', title: 'Waymark test shop' });
  expect(identified).toMatchObject({ anonymousId, userId });
  expect(ordered).toMatchObject({ anonymousId, userId, properties: { revenue: 25 } });

  for (const event of events) {
    expect(event.profileId).toBe(profile.id);
    expect(event.messageId).toMatch(/^ajs-next-/);
    // Stamped by the server: analytics.js never sends the ip.
    expect(event.context.ip).toBe('127.0.0.1');
    expect(String(event.context.userAgent)).toMatch(/Chrome/);
    expect(event.context).toMatchObject({
      library: { name: 'analytics.js' },
      page: { path: '/product' },
      campaign: { source: 'newsletter', name: 'spring' },
    });
    expect(String((event.context.page as { url: string }).url)).toContain(shopUrl);
    expect(Math.abs(Date.parse(event.timestamp) - Date.parse(event.receivedAt))).toBeLessThan(5_000);
  }
  return events;
}

describe('analytics.js (analytics-next UMD) in Chromium, cross-origin', () => {
  it('standard delivery: settings from cdnURL, one text/plain POST per call, identity merged', async () => {
    const { context, page, sent, problems } = await openShop();
    try {
      const userId = 'browser-user-standard';
      const result = await page.evaluate(shopSession, {
        writeKey: server.writeKey,
        cdnURL: server.url,
        apiHost: `${server.host}/v1`,
        userId,
        batching: false,
      });
      await expectSession(userId, result.anonymousId, result.messageIds);

      // What the browser really did: settings from us, then short routes with text/plain bodies.
      expect(
        sent.some((r) => r.method === 'GET' && r.path === `/v1/projects/${server.writeKey}/settings`),
      ).toBe(true);
      const posts = sent.filter((r) => r.method === 'POST');
      expect(posts.map((r) => r.path).sort()).toEqual(['/v1/i', '/v1/p', '/v1/t', '/v1/t']);
      const basic = `Basic ${Buffer.from(`${server.writeKey}:`).toString('base64')}`;
      for (const post of posts) {
        expect(post.headers['content-type']).toMatch(/^text\/plain/);
        // A non-simple header: the browser had to pass our CORS preflight to send it.
        expect(post.headers.authorization).toBe(basic);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('batching delivery: the calls arrive through /v1/b', async () => {
    const { context, page, sent, problems } = await openShop();
    try {
      const userId = 'browser-user-batching';
      const result = await page.evaluate(shopSession, {
        writeKey: server.writeKey,
        cdnURL: server.url,
        apiHost: `${server.host}/v1`,
        userId,
        batching: true,
      });
      await expectSession(userId, result.anonymousId, result.messageIds);
      const posts = sent.filter((r) => r.method === 'POST').map((r) => r.path);
      expect(posts.length).toBeGreaterThan(0);
      expect(new Set(posts)).toEqual(new Set(['/v1/b']));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
