// The web app end to end: the built server and UI (dist/), driven in Debian's Chromium.
// Set WAYMARK_E2E_SCREENSHOTS=<dir> to keep a screenshot of every page visited.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium.js';
import { spawnServer, type SpawnedServer } from '../support/spawn-server.js';

const WEB_BUILD = new URL('../../dist/web/index.html', import.meta.url);
const SCREENSHOT_DIR = process.env.WAYMARK_E2E_SCREENSHOTS;
const XSS = '<script>alert(1)</script>';
const XSS_IMG = '<img src=x onerror=alert(2)>';
const OWNER = { email: 'owner@shop.example', password: 'correct horse battery' };

describe('web app', () => {
  let server: SpawnedServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  /** Waits until the element shows `text` (data arrives after the element is on the page). */
  const waitForText = (id: string, text: string) => byTestId(id).filter({ hasText: text }).waitFor();
  const eventRow = (name: string) => byTestId('event-row').filter({ hasText: name });
  const snap = async (name: string) => {
    if (SCREENSHOT_DIR === undefined) return;
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  };
  const send = async (type: string, body: Record<string, unknown>) => {
    const response = await fetch(`${server.url}/v1/${type}`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${server.writeKey}:`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    if (!existsSync(WEB_BUILD)) throw new Error('dist/web is missing: run `npm run build:web` first.');
    server = await spawnServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in with the admin token and shows how to send the first event', async () => {
    await page.goto(server.url);
    await page.waitForURL('**/sign-in');
    await byTestId('owner-setup-form').waitFor(); // a fresh install offers the owner account first
    await snap('01-sign-in-owner');
    await byTestId('use-admin-token').click();
    await byTestId('sign-in-token').fill(server.adminToken);
    await byTestId('sign-in-submit').click();

    await page.waitForURL('**/events');
    const curl = await byTestId('first-event-curl').textContent();
    expect(curl).toContain(`curl -u ${server.writeKey}:`);
    // The host is WAYMARK_PUBLIC_URL's, or the page's; the port is this server's either way.
    expect(curl).toContain(`:${new URL(server.url).port}/v1/track`);
    await waitForText('signed-in-as', 'Admin token');
    await snap('02-events-empty');
  });

  it('shows new events as they arrive, without a reload, with markup shown as text', async () => {
    await page.evaluate('window.__sameDocument = true');
    await page.locator('[data-testid="feed-status"][data-status="live"]').waitFor();

    // Explicit, distinct timestamps keep the timeline order certain.
    const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();
    await send('page', {
      anonymousId: 'anon-e2e',
      name: 'Home',
      properties: { path: '/' },
      timestamp: secondsAgo(3),
    });
    await send('identify', {
      userId: 'u-ada',
      anonymousId: 'anon-e2e',
      traits: { name: 'Ada Lovelace', email: 'ada@example.com', plan: 'pro' },
      timestamp: secondsAgo(2),
    });
    await send('track', {
      userId: 'u-ada',
      event: 'Order Completed',
      properties: { note: XSS, revenue: 42, label: XSS_IMG },
      timestamp: secondsAgo(1),
    });

    await eventRow('Order Completed').waitFor();
    await eventRow('Home').waitFor();
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
    expect(await eventRow('Order Completed').getByTestId('event-summary').textContent()).toContain(XSS);

    await eventRow('Order Completed').click();
    const json = await byTestId('event-json').textContent();
    expect(json).toContain(`"note": "${XSS}"`);
    expect(json).toContain(XSS_IMG);
    expect(await page.locator('script', { hasText: 'alert(1)' }).count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await snap('03-events-live');
  });

  it('opens the profile with its traits, identities and the timeline across merged ids', async () => {
    await eventRow('Order Completed').getByTestId('event-profile-link').click();
    await page.waitForURL('**/profiles/**');

    expect(await byTestId('profile-name').textContent()).toBe('Ada Lovelace');
    expect(await byTestId('profile-email').textContent()).toBe('ada@example.com');
    expect(await page.locator('[data-testid="trait-row"][data-trait="plan"]').textContent()).toContain('pro');
    expect(await byTestId('identity-user-ids').textContent()).toContain('u-ada');
    expect(await byTestId('identity-anonymous-ids').textContent()).toContain('anon-e2e');

    await byTestId('timeline-event').nth(2).waitFor();
    const names = await byTestId('timeline-event-name').allTextContents();
    expect(names).toEqual(['Order Completed', 'Identified', 'Home']); // newest first; Home was anonymous
    await snap('04-profile');
  });

  it('finds profiles by name', async () => {
    await byTestId('nav-profiles').click();
    await byTestId('profile-search').fill('ada');
    await byTestId('profile-result').filter({ hasText: 'Ada Lovelace' }).waitFor();
    await snap('05-profiles');

    await byTestId('profile-search').fill('nobody-like-this');
    await byTestId('profiles-empty').waitFor();
  });

  it('lists events dropped at ingestion', async () => {
    await send('track', { userId: 'u-ada', properties: { revenue: 1 } }); // no event name
    await byTestId('nav-ingest-errors').click();
    const row = byTestId('ingest-error-row').first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Track without event name'); // reason missing_event
    await snap('06-ingest-errors');
  });

  it('keeps the stream live by polling when Server-Sent Events are blocked', async () => {
    const isStream = (url: URL) => url.pathname === '/api/events/stream';
    await page.route(isStream, (route) => route.abort());
    await byTestId('nav-events').click();
    await page.locator('[data-testid="feed-status"][data-status="polling"]').waitFor();
    await send('track', { userId: 'u-ada', event: 'Checkout Started' });
    await eventRow('Checkout Started').waitFor(); // polled every 2 s
    await page.unroute(isStream);
  });

  it('signs out, then creates the owner account and signs in with it', async () => {
    await byTestId('sign-out').click();
    await page.waitForURL('**/sign-in');
    await page.reload();
    await byTestId('owner-email').fill(OWNER.email);
    await byTestId('owner-token').fill(server.adminToken);
    await byTestId('owner-password').fill(OWNER.password);
    await byTestId('owner-submit').click();
    await page.waitForURL('**/events');
    await waitForText('signed-in-as', OWNER.email);

    await byTestId('sign-out').click();
    await byTestId('sign-in-email').fill(OWNER.email);
    await byTestId('sign-in-password').fill(OWNER.password);
    await byTestId('sign-in-submit').click();
    await page.waitForURL('**/events');
    await waitForText('signed-in-as', OWNER.email);
  });

  it('goes back to sign-in when the token stops working', async () => {
    await page.evaluate("localStorage.setItem('waymark.token', 'revoked-token')");
    await page.goto(`${server.url}/profiles`);
    await page.waitForURL('**/sign-in?next=%2Fprofiles');
    await byTestId('sign-in-form').waitFor();
  });

  it('never ran injected markup and threw no errors', () => {
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
