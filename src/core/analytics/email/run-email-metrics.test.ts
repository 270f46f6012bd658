import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { emailQuerySchema } from './email-query.js';
import { emailActors, runEmailMetrics } from './run-email-metrics.js';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const MIN = 60_000;
const DAY = 24 * 60; // in minutes, the unit of `mail`
const now = Date.parse('2026-04-01T00:00:00Z');
const range = { from: '2026-03-01T00:00:00Z', to: '2026-03-31T23:59:59.999Z' };
const query = (extra: Record<string, unknown> = {}) => emailQuerySchema.parse({ dateRange: range, ...extra });

const mail = (
  actorId: string,
  event: string,
  minutes: number,
  properties: Record<string, unknown> = { email_id: 'e1', campaign_id: 'c1', campaign_name: 'Spring sale' },
): ActorEventInput => ({ actorId, event, timestamp: T0 + minutes * MIN, properties });
const withIds = (extra: Record<string, unknown>) => ({ email_id: 'e1', campaign_id: 'c1', ...extra });
const run = (rows: ActorEventInput[], extra?: Record<string, unknown>) =>
  runEmailMetrics(buildActorEvents(rows), query(extra), { now });

// One campaign to five people.
const campaign = [
  mail('a', 'Email Delivered', 0),
  mail('a', 'Email Opened', 5),
  mail('a', 'Email Opened', 50), // a second open: still one unique open
  mail('a', 'Email Link Clicked', 51),
  mail('a', 'Email Link Clicked', 52),
  mail('b', 'Email Delivered', 0),
  mail('b', 'Email Opened', 1, withIds({ machine_open: true })), // Apple's prefetch
  mail('c', 'Email Delivered', 0),
  mail('d', 'Email Bounced', 0),
  mail('e', 'Email Delivered', 0),
  mail(
    'e',
    'Email Opened',
    30,
    withIds({ user_agent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)' }),
  ),
  mail('e', 'Unsubscribed', 31),
  mail('e', 'Email Marked as Spam', 32),
];

describe('runEmailMetrics', () => {
  it('counts unique messages per recipient and reads the A7 rates', () => {
    const { total } = run(campaign);
    // sent = 4 delivered (a, b, c, e) + 1 bounced (d).
    expect(total).toMatchObject({ sent: 5, delivered: 4, bounced: 1 });
    // Human opens: a, e; b only by a machine; one click (a, twice); e unsubscribed and reported spam.
    expect(total).toMatchObject({
      uniqueOpens: 2,
      machineOpens: 1,
      uniqueClicks: 1,
      unsubscribes: 1,
      spamReports: 1,
    });
    expect(total.openRate).toBe(0.5); // 2 ÷ 4 delivered
    expect(total.clickRate).toBe(0.25); // 1 ÷ 4 delivered
    expect(total.clickToOpenRate).toBe(0.5); // 1 ÷ 2 human opens
    expect(total.bounceRate).toBe(0.2); // 1 ÷ 5 sent
    expect(total.unsubscribeRate).toBe(0.25);
    expect(total.spamRate).toBe(0.25);
  });

  it('recognises machine opens by flag or by the bare proxy user agent, and a human open wins', () => {
    const rows = [
      mail('a', 'Email Opened', 0, withIds({ is_machine_open: 'true' })),
      mail('b', 'Email Opened', 0, withIds({ context: { userAgent: 'Mozilla/5.0' } })),
      mail('c', 'Email Opened', 0, withIds({})),
      mail('d', 'Email Opened', 0, withIds({ machine_open: true })),
      mail('d', 'Email Opened', 10, withIds({ machine_open: false })), // d also opened it in person
    ];
    const { total } = run(rows);
    // a (flag) and b (context.userAgent "Mozilla/5.0") are machine-only; c and d human.
    expect(total).toMatchObject({ machineOpens: 2, uniqueOpens: 2, delivered: 4 }); // opens prove delivery
  });

  it('treats a click as an open and a delivery after a bounce as delivered', () => {
    const rows = [
      mail('a', 'Email Delivered', 0),
      mail('a', 'Email Link Clicked', 5), // images blocked: no open event
      mail('b', 'Email Bounced', 0),
      mail('b', 'Email Delivered', 60), // soft bounce, retried
    ];
    const { total } = run(rows);
    expect(total).toMatchObject({ sent: 2, delivered: 2, bounced: 0, uniqueOpens: 1, uniqueClicks: 1 });
    expect(total.clickToOpenRate).toBe(1);
  });

  it('reports each campaign apart, with its name, and filters one campaign', () => {
    const rows = [
      ...campaign,
      mail('a', 'Email Delivered', DAY, { email_id: 'e2', campaign_id: 'c2', campaign_name: 'Welcome' }),
      mail('a', 'Email Delivered', DAY, { email_id: 'e3' }), // a transactional mail without a campaign
    ];
    const result = run(rows);
    expect(result.total.sent).toBe(7);
    expect(result.campaigns.map((c) => [c.campaignId, c.campaignName, c.sent])).toEqual([
      ['c1', 'Spring sale', 5],
      [null, null, 1],
      ['c2', 'Welcome', 1],
    ]);
    expect(run(rows, { campaignId: 'c2' }).total.sent).toBe(1);
    expect(run(rows, { campaignId: 'nope' }).total.sent).toBe(0);
  });

  it('dates a message by its send and counts its later engagement with it', () => {
    const rows = [
      // Sent in February, opened in March: not in March's figures at all.
      mail('a', 'Email Delivered', -10 * DAY),
      mail('a', 'Email Opened', 0),
      // Sent on the last day of March, clicked in April: counts in March.
      mail('b', 'Email Delivered', 29 * DAY),
      mail('b', 'Email Link Clicked', 31 * DAY),
    ];
    const { total } = run(rows);
    expect(total).toMatchObject({ sent: 1, delivered: 1, uniqueOpens: 1, uniqueClicks: 1 }); // b only
  });

  it('attaches an unsubscribe without ids to the latest message, and by campaign without email_id', () => {
    const rows = [
      mail('a', 'Email Delivered', 0),
      mail('a', 'Unsubscribed', 10, {}), // → a's e1
      mail('b', 'Email Delivered', 0),
      mail('b', 'Unsubscribed', 10, { campaign_id: 'c1' }), // → b's latest c1 message
      mail('c', 'Unsubscribed', 10, {}), // nothing to attach to: ignored
    ];
    const { total } = run(rows);
    expect(total).toMatchObject({ sent: 2, delivered: 2, unsubscribes: 2 });
  });

  it('clicks through to recipients', () => {
    const table = buildActorEvents(campaign);
    const ids = (metric: Parameters<typeof emailActors>[2]['metric'], campaignId?: string | null) =>
      emailActors(
        table,
        query(),
        { metric, ...(campaignId !== undefined ? { campaignId } : {}) },
        { now },
      ).map((a) => table.actorIds[a]);
    expect(ids('opened')).toEqual(['a', 'e']);
    expect(ids('machineOpened')).toEqual(['b']);
    expect(ids('bounced')).toEqual(['d']);
    expect(ids('delivered', 'c1')).toEqual(['a', 'b', 'c', 'e']);
    expect(ids('delivered', null)).toEqual([]);
  });
});
