// The tiles of the dashboard: which KPI field, how to show it, whether up is good, and which
// people (KPI cell metric) stand behind it. Definitions: reference A7.
import type { KpiMetric } from '../../api-client/analytics-cells.js';
import type { KpiResult } from '../../api-client/analytics-results.js';
import { formatCount, formatDuration, formatMoney, formatPercent } from '../format/format-number.js';

type NumberField = {
  [K in keyof KpiResult]-?: KpiResult[K] extends number | null | undefined ? K : never;
}[keyof KpiResult];

export type KpiFormat = 'count' | 'money' | 'rate' | 'duration';

export interface KpiDefinition {
  field: NumberField;
  label: string;
  format: KpiFormat;
  /** False for rates where lower is better (bounce, abandonment). */
  isHigherBetter: boolean;
  /** The people behind the number; absent when it is not about a group of people. */
  metric?: KpiMetric;
  peopleTitle?: string;
  /** The definition, on hover. */
  help: string;
  detail?(result: KpiResult): string | null;
}

const plural = (count: number, noun: string) => `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;

const of = (part: number | undefined, whole: number | undefined, noun: string) =>
  part === undefined || whole === undefined ? null : `${formatCount(part)} of ${formatCount(whole)} ${noun}`;

export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    field: 'visitors',
    label: 'Visitors',
    format: 'count',
    isHigherBetter: true,
    metric: 'visitors',
    peopleTitle: 'Visitors',
    help: 'People with at least one page view or event in the range.',
  },
  {
    field: 'sessions',
    label: 'Sessions',
    format: 'count',
    isHigherBetter: true,
    metric: 'visitors',
    peopleTitle: 'Visitors',
    help: 'Visits: a session ends after 30 minutes without activity.',
    detail: (r) => (r.engagedSessions === undefined ? null : `${formatCount(r.engagedSessions)} engaged`),
  },
  {
    field: 'orders',
    label: 'Orders',
    format: 'count',
    isHigherBetter: true,
    metric: 'customers',
    peopleTitle: 'Customers who ordered',
    help: 'Order Completed events, online and in store.',
    detail: (r) => (r.customers === undefined ? null : plural(r.customers, 'customer')),
  },
  {
    field: 'revenue',
    label: 'Revenue',
    format: 'money',
    isHigherBetter: true,
    metric: 'customers',
    peopleTitle: 'Customers who ordered',
    help: 'Order revenue net of refunds.',
  },
  {
    field: 'conversionRate',
    label: 'Conversion rate',
    format: 'rate',
    isHigherBetter: true,
    metric: 'converted',
    peopleTitle: 'Visitors who ordered',
    help: 'Visitors who placed an online order ÷ visitors.',
    detail: (r) => of(r.convertedVisitors, r.visitors, 'visitors'),
  },
  {
    field: 'averageOrderValue',
    label: 'Average order value',
    format: 'money',
    isHigherBetter: true,
    metric: 'customers',
    peopleTitle: 'Customers who ordered',
    help: 'Gross revenue ÷ orders.',
  },
  {
    field: 'bounceRate',
    label: 'Bounce rate',
    format: 'rate',
    isHigherBetter: false,
    metric: 'bounced',
    peopleTitle: 'Visitors who bounced',
    help: 'Sessions that were not engaged (under 10 s, one page, no key event) ÷ sessions.',
  },
  {
    field: 'medianTimeOnPageMs',
    label: 'Median time on page',
    format: 'duration',
    isHigherBetter: true,
    help: 'Time to the next page in the same session; a session’s last page is left out.',
  },
  {
    field: 'cartAbandonmentRate',
    label: 'Cart abandonment',
    format: 'rate',
    isHigherBetter: false,
    metric: 'cartAbandoners',
    peopleTitle: 'People who abandoned a cart',
    help: '1 − orders ÷ carts created.',
    detail: (r) => (r.carts === undefined ? null : plural(r.carts, 'cart')),
  },
  {
    field: 'checkoutAbandonmentRate',
    label: 'Checkout abandonment',
    format: 'rate',
    isHigherBetter: false,
    metric: 'checkoutAbandoners',
    peopleTitle: 'People who abandoned checkout',
    help: '1 − orders ÷ checkouts started.',
    detail: (r) => (r.checkouts === undefined ? null : plural(r.checkouts, 'checkout')),
  },
  {
    field: 'repeatPurchaseRate',
    label: 'Repeat purchase rate',
    format: 'rate',
    isHigherBetter: true,
    metric: 'repeatCustomers',
    peopleTitle: 'Repeat customers',
    help: 'Customers with 2 or more orders ÷ customers with 1 or more.',
    detail: (r) => of(r.repeatCustomers, r.customers, 'customers'),
  },
  {
    field: 'historicClvMean',
    label: 'Historic CLV',
    format: 'money',
    isHigherBetter: true,
    metric: 'historicCustomers',
    peopleTitle: 'Customers to date',
    help: 'Mean net revenue per customer, from their first order to the end of the range.',
    detail: (r) =>
      r.historicCustomers === undefined ? null : `${plural(r.historicCustomers, 'customer')} to date`,
  },
];

export function formatKpi(format: KpiFormat, value: number | null | undefined): string {
  switch (format) {
    case 'count':
      return formatCount(value);
    case 'money':
      return formatMoney(value, Math.abs(value ?? 0) >= 10_000 ? 'whole' : 'exact');
    case 'rate':
      return formatPercent(value);
    case 'duration':
      return formatDuration(value);
  }
}

/** The change from `previous`: relative for counts and money, in points for rates. */
export function kpiChange(
  format: KpiFormat,
  value: number | null | undefined,
  previous: number | null | undefined,
) {
  if (typeof value !== 'number' || typeof previous !== 'number') return null;
  if (format === 'rate') {
    const points = (value - previous) * 100;
    return { amount: points, label: `${points >= 0 ? '+' : '−'}${Math.abs(points).toFixed(1)} pts` };
  }
  if (previous === 0) return null;
  const relative = (value - previous) / Math.abs(previous);
  return { amount: relative, label: `${relative >= 0 ? '+' : '−'}${formatPercent(Math.abs(relative))}` };
}
