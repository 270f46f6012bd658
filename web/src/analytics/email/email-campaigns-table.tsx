import type { EmailCell, EmailMessageGroup } from '../../api-client/analytics-cells.js';
import type { EmailCampaignMetrics, EmailMetrics } from '../../api-client/analytics-insight-results.js';
import { formatCount, formatPercent } from '../format/format-number.js';

export interface EmailCampaignsTableProps {
  campaigns: readonly EmailCampaignMetrics[];
  total: EmailMetrics;
  onOpen(cell: EmailCell, title: string): void;
}

interface Column {
  key: string;
  label: string;
  sub?: string;
  group: EmailMessageGroup;
  /** Absent for a rate-only column (CTOR). */
  count?(m: EmailMetrics): number;
  rate?(m: EmailMetrics): number | null;
}

const COLUMNS: readonly Column[] = [
  { key: 'sent', label: 'Sent', group: 'sent', count: (m) => m.sent },
  { key: 'delivered', label: 'Delivered', group: 'delivered', count: (m) => m.delivered },
  {
    key: 'opened',
    label: 'Unique opens',
    sub: 'open rate',
    group: 'opened',
    count: (m) => m.uniqueOpens,
    rate: (m) => m.openRate,
  },
  { key: 'machineOpened', label: 'Machine opens', group: 'machineOpened', count: (m) => m.machineOpens },
  {
    key: 'clicked',
    label: 'Clicks',
    sub: 'CTR',
    group: 'clicked',
    count: (m) => m.uniqueClicks,
    rate: (m) => m.clickRate,
  },
  { key: 'ctor', label: 'CTOR', group: 'clicked', rate: (m) => m.clickToOpenRate },
  {
    key: 'bounced',
    label: 'Bounces',
    sub: 'bounce rate',
    group: 'bounced',
    count: (m) => m.bounced,
    rate: (m) => m.bounceRate,
  },
  {
    key: 'unsubscribed',
    label: 'Unsubscribes',
    sub: 'rate',
    group: 'unsubscribed',
    count: (m) => m.unsubscribes,
    rate: (m) => m.unsubscribeRate,
  },
  {
    key: 'spam',
    label: 'Spam reports',
    sub: 'rate',
    group: 'spam',
    count: (m) => m.spamReports,
    rate: (m) => m.spamRate,
  },
];

/** Each campaign's counts and rates, most sent first, with the total below; each count opens its people. */
export function EmailCampaignsTable({ campaigns, total, onOpen }: EmailCampaignsTableProps) {
  const cells = (
    metrics: EmailMetrics,
    campaignId: string | null | undefined,
    name: string,
    testId: string,
  ) =>
    COLUMNS.map((column) => {
      if (column.count === undefined) {
        return (
          <td key={column.key} className="num">
            {formatPercent(column.rate?.(metrics))}
          </td>
        );
      }
      const count = column.count(metrics);
      return (
        <td key={column.key} className="num">
          <button
            type="button"
            className="number-button"
            disabled={count === 0}
            onClick={() =>
              onOpen(
                campaignId === undefined ? { metric: column.group } : { metric: column.group, campaignId },
                `${column.label} · ${name}`,
              )
            }
            data-testid={`${testId}-${column.group}`}
          >
            {formatCount(count)}
          </button>
          {column.rate !== undefined && (
            <span className="rate-sub">{formatPercent(column.rate(metrics))}</span>
          )}
        </td>
      );
    });
  return (
    <div className="table-scroll">
      <table className="table table--compact email-table" data-testid="email-campaigns">
        <thead>
          <tr>
            <th>Campaign</th>
            {COLUMNS.map((column) => (
              <th key={column.key} className="num">
                {column.label}
                {column.sub !== undefined && <span className="th-sub">{column.sub}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {campaigns.map((campaign) => {
            const name = campaign.campaignName ?? campaign.campaignId ?? 'No campaign';
            return (
              <tr key={campaign.campaignId ?? ''} data-testid="email-campaign-row">
                <td>
                  <span className="campaign-name">
                    <span className={campaign.campaignId === null ? 'muted' : 'strong'}>{name}</span>
                    {campaign.campaignId !== null && campaign.campaignName !== null && (
                      <span className="mono muted small">{campaign.campaignId}</span>
                    )}
                  </span>
                </td>
                {cells(campaign, campaign.campaignId, name, 'email-campaign')}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <td className="strong">All campaigns</td>
            {cells(total, undefined, 'all campaigns', 'email-total')}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
