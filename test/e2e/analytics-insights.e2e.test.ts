// Next-order predictions, survey feedback and e-mail engagement end to end: a five-customer store
// sent through the tracking API (repeat orders, NPS/CSAT/CES answers, Email Spec events), then each
// panel in Chromium, and a number clicked through to its people. Set WAYMARK_E2E_SCREENSHOTS=<dir>
// to keep a screenshot of each stage.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium.js';
import { spawnServer, type SpawnedServer } from '../support/spawn-server.js';

const WEB_BUILD = new URL('../../dist/web/index.html', import.meta.url);
const SCREENSHOT_DIR = process.env.WAYMARK_E2E_SCREENSHOTS;
const DAY_MS = 86_400_000;

interface Shopper {
  name: string;
  /** Days before now of each order. */
  orders: number[];
  answers: { nps?: number; csat?: number; ces?: number };
  email: 'clicked' | 'opened' | 'machine' | 'unsubscribed' | 'bounced';
}

/** Stella orders every 30 days (high confidence), Rob every 20 (medium), the rest once or lapsed. */
const SHOPPERS: Shopper[] = [
  {
    name: 'Stella Steady',
    orders: [160, 130, 100, 70, 40, 10],
    answers: { nps: 10, csat: 5 },
    email: 'clicked',
  },
  { name: 'Rob Regular', orders: [62, 42, 22], answers: { nps: 9, csat: 4, ces: 6 }, email: 'opened' },
  { name: 'Una Once', orders: [3], answers: { nps: 9 }, email: 'machine' },
  { name: 'Leo Lapsed', orders: [120, 105], answers: { nps: 3, csat: 2 }, email: 'unsubscribed' },
  { name: 'Dora Doubt', orders: [100], answers: { nps: 6, ces: 2 }, email: 'bounced' },
];

describe('analytics insights', () => {
  let server: SpawnedServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  const byTestId = (id: string) => page.locator(`[data-testid="${id}"]`);
  const snap = async (name: string) => {
    if (SCREENSHOT_DIR === undefined) return;
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `insights-${name}.png`) });
  };
  /** Opens the drawer from `trigger`, checks its people, closes it. */
  const expectPeople = async (trigger: string, names: string[]) => {
    await byTestId(trigger).click();
    await byTestId('people-drawer').waitFor();
    await expect.poll(() => byTestId('people-row').count()).toBe(names.length);
    const rows = (await byTestId('people-row').allTextContents()).join(' | ');
    for (const name of names) expect(rows).toContain(name);
    expect(await byTestId('people-total').textContent()).toBe(String(names.length));
  };
  const closePeople = async () => {
    await byTestId('people-close').click();
    await byTestId('people-drawer').waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    if (!existsSync(WEB_BUILD)) throw new Error('dist/web is missing: run `npm run build:web` first.');
    server = await spawnServer();
    const calls = storeCalls(Date.now());
    const response = await fetch(`${server.url}/v1/batch`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${server.writeKey}:`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ batch: calls }),
    });
    expect(response.status).toBe(200);
    await waitForEvents(server, calls.length);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('predicts next orders on Customers, with confidence badges that say why', async () => {
    await page.goto(`${server.url}/sign-in`);
    await byTestId('use-admin-token').click();
    await byTestId('sign-in-token').fill(server.adminToken);
    await byTestId('sign-in-submit').click();
    await page.waitForURL('**/events');
    await page.goto(`${server.url}/analytics/customers`);

    const rows = byTestId('next-order-row');
    await expect.poll(() => rows.count()).toBe(SHOPPERS.length);
    const stella = rows.filter({ hasText: 'Stella Steady' });
    await stella.waitFor();
    expect(await stella.getByTestId('confidence-badge').textContent()).toBe('High');
    expect(await rows.filter({ hasText: 'Rob Regular' }).getByTestId('confidence-badge').textContent()).toBe(
      'Medium',
    );
    expect(await rows.filter({ hasText: 'Una Once' }).getByTestId('confidence-badge').textContent()).toBe(
      'Low',
    );
    await stella.getByTestId('confidence-badge').hover();
    await byTestId('hint-bubble')
      .filter({ hasText: '5 intervals between orders, all about 30 days apart' })
      .waitFor();
    await byTestId('next-orders').scrollIntoViewIfNeeded();
    await snap('1-next-orders');

    // Leo (last of 2 orders 105 days ago) and Dora (1 order 100 days ago) are long past their window.
    expect(await byTestId('risk-count-high').getByText('2', { exact: true }).count()).toBe(1);
    await expectPeople('risk-count-high', ['Leo Lapsed', 'Dora Doubt']);
    await byTestId('save-list').waitFor();
    await snap('2-high-risk-people');
    await closePeople();
  });

  it('shows NPS, CSAT and CES on Feedback, and the detractors behind the NPS', async () => {
    await byTestId('report-tab-feedback').click();
    await page.waitForURL('**/analytics/feedback');
    // 3 promoters, no passives, 2 detractors: 100 × (3 − 2) ÷ 5.
    await byTestId('survey-nps').getByTestId('metric-value').filter({ hasText: '+20' }).waitFor();
    expect(await byTestId('nps-score').textContent()).toBe('+20');
    await byTestId('csat-chart').locator('canvas').waitFor();
    await snap('3-feedback');
    await expectPeople('nps-detractors', ['Leo Lapsed', 'Dora Doubt']);
    await closePeople();
  });

  it('shows the open rate on Email, and who opened', async () => {
    await byTestId('report-tab-email').click();
    await page.waitForURL('**/analytics/email');
    // 4 delivered (Dora bounced), 2 human opens (Una's is a machine open): 50%.
    const openRate = byTestId('email-open-rate').getByTestId('metric-value');
    await openRate.filter({ hasText: /^50\s?%$/ }).waitFor();
    await byTestId('email-campaign-row').filter({ hasText: 'Spring sale' }).waitFor();
    expect(await byTestId('email-total-machineOpened').textContent()).toBe('1');
    await snap('4-email');
    await expectPeople('email-open-rate', ['Stella Steady', 'Rob Regular']);
    await closePeople();
  });

  it('threw no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** Identify calls, then orders, survey answers and one campaign's e-mail events, in time order. */
function storeCalls(now: number): Array<Record<string, unknown>> {
  const calls: Array<Record<string, unknown>> = [];
  const at = (daysAgo: number, minutes = 0) =>
    new Date(now - daysAgo * DAY_MS + minutes * 60_000).toISOString();
  const track = (userId: string, event: string, properties: Record<string, unknown>, timestamp: string) =>
    calls.push({ type: 'track', userId, event, properties, timestamp, messageId: `m${calls.length}` });
  const campaign = { campaign_id: 'cmp_spring', campaign_name: 'Spring sale' };
  for (const shopper of SHOPPERS) {
    const [firstName = '', lastName] = shopper.name.split(' ');
    const id = `cus_${firstName.toLowerCase()}`;
    const traits = { firstName, lastName, email: `${firstName.toLowerCase()}@shop.example` };
    calls.push({ type: 'identify', userId: id, traits, timestamp: at(170), messageId: `m${calls.length}` });
    for (const [index, daysAgo] of shopper.orders.entries()) {
      track(id, 'Order Completed', { order_id: `${id}_${index}`, revenue: 40, currency: 'USD' }, at(daysAgo));
    }
    for (const [type, score] of Object.entries(shopper.answers)) {
      track(id, 'Survey Responded', { survey_type: type, score }, at(4));
    }
    const message = { ...campaign, email_id: `spring_${id}` };
    if (shopper.email === 'bounced') {
      track(id, 'Email Bounced', message, at(2));
      continue;
    }
    track(id, 'Email Delivered', message, at(2));
    const agent = shopper.email === 'machine' ? 'Mozilla/5.0' : 'Mozilla/5.0 (iPhone)';
    if (shopper.email !== 'unsubscribed')
      track(id, 'Email Opened', { ...message, user_agent: agent }, at(2, 30));
    if (shopper.email === 'clicked') track(id, 'Email Link Clicked', message, at(2, 31));
    if (shopper.email === 'unsubscribed') track(id, 'Unsubscribed', message, at(2, 40));
  }
  return calls;
}

/** Ingestion is asynchronous: waits until the server has stored what was sent. */
async function waitForEvents(server: SpawnedServer, count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const response = await fetch(`${server.url}/api/stats`, {
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    const stats = (await response.json()) as { events: number };
    if (stats.events >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${stats.events} of ${count} events were stored`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
