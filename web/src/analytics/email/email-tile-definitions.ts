// The e-mail totals shown as tiles: the value, the line under it, and the people behind it.
import type { EmailMessageGroup } from '../../api-client/analytics-cells.js';
import type { EmailMetrics } from '../../api-client/analytics-insight-results.js';
import { formatCount, formatCountOf, formatPercent } from '../format/format-number.js';

export interface EmailTileDefinition {
  label: string;
  /** Recipients behind the number. */
  group: EmailMessageGroup;
  peopleTitle: string;
  value(metrics: EmailMetrics): string;
  foot(metrics: EmailMetrics): string;
  help: string;
  testId: string;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export const EMAIL_TILES: readonly EmailTileDefinition[] = [
  {
    label: 'Sent',
    group: 'sent',
    peopleTitle: 'Recipients',
    value: (m) => formatCount(m.sent),
    foot: () => 'one per recipient and e-mail',
    help: 'E-mails delivered or bounced, one per recipient and e-mail.',
    testId: 'email-sent',
  },
  {
    label: 'Delivered',
    group: 'delivered',
    peopleTitle: 'Delivered to',
    value: (m) => formatCount(m.delivered),
    foot: (m) => `${formatPercent(ratio(m.delivered, m.sent))} of sent`,
    help: 'Delivered, or opened, clicked, reported or unsubscribed from (which proves delivery).',
    testId: 'email-delivered',
  },
  {
    label: 'Open rate',
    group: 'opened',
    peopleTitle: 'Opened',
    value: (m) => formatPercent(m.openRate),
    foot: (m) =>
      `${formatCountOf(m.uniqueOpens, 'unique open')} · ${formatCount(m.machineOpens)} machine apart`,
    help: 'Unique human opens ÷ delivered. Machine opens (privacy prefetches) are left out.',
    testId: 'email-open-rate',
  },
  {
    label: 'Click rate (CTR)',
    group: 'clicked',
    peopleTitle: 'Clicked',
    value: (m) => formatPercent(m.clickRate),
    foot: (m) => `${formatCountOf(m.uniqueClicks, 'unique click')} ÷ delivered`,
    help: 'Unique clicks ÷ delivered.',
    testId: 'email-ctr',
  },
  {
    label: 'Click-to-open (CTOR)',
    group: 'clicked',
    peopleTitle: 'Clicked',
    value: (m) => formatPercent(m.clickToOpenRate),
    foot: () => 'unique clicks ÷ unique opens',
    help: 'Of the people who opened, the share who clicked.',
    testId: 'email-ctor',
  },
  {
    label: 'Bounce rate',
    group: 'bounced',
    peopleTitle: 'Bounced',
    value: (m) => formatPercent(m.bounceRate),
    foot: (m) => `${formatCount(m.bounced)} bounced ÷ sent`,
    help: 'Bounced and never delivered ÷ sent.',
    testId: 'email-bounce-rate',
  },
  {
    label: 'Unsubscribe rate',
    group: 'unsubscribed',
    peopleTitle: 'Unsubscribed',
    value: (m) => formatPercent(m.unsubscribeRate),
    foot: (m) => `${formatCount(m.unsubscribes)} unsubscribed ÷ delivered`,
    help: 'Unsubscribes ÷ delivered.',
    testId: 'email-unsubscribe-rate',
  },
  {
    label: 'Spam rate',
    group: 'spam',
    peopleTitle: 'Marked as spam',
    value: (m) => formatPercent(m.spamRate),
    foot: (m) => `${formatCountOf(m.spamReports, 'spam report')} ÷ delivered`,
    help: 'Spam complaints ÷ delivered.',
    testId: 'email-spam-rate',
  },
];
