// The pages of the analytics section, in tab order, and the query kind each one needs.

export type ReportSlug =
  | 'dashboard'
  | 'funnels'
  | 'retention'
  | 'lifecycle'
  | 'paths'
  | 'trends'
  | 'customers'
  | 'feedback'
  | 'email';

export interface ReportDefinition {
  slug: ReportSlug;
  label: string;
  /** The query kind the page cannot work without. */
  kind: string;
  description: string;
}

export const REPORTS: readonly ReportDefinition[] = [
  {
    slug: 'dashboard',
    label: 'Dashboard',
    kind: 'kpis',
    description: 'How the shop is doing: traffic, orders, revenue and the rates behind them.',
  },
  {
    slug: 'funnels',
    label: 'Funnels',
    kind: 'funnel',
    description: 'How many people go from one step to the next, where they drop off, and how long it takes.',
  },
  {
    slug: 'retention',
    label: 'Retention',
    kind: 'retention',
    description: 'Of the people who started in a period, how many came back in each period after.',
  },
  {
    slug: 'lifecycle',
    label: 'Lifecycle',
    kind: 'lifecycle',
    description: 'Who is new, returning, resurrecting or gone dormant in each period.',
  },
  {
    slug: 'paths',
    label: 'Paths',
    kind: 'paths',
    description: 'The routes people take through the shop, step by step.',
  },
  {
    slug: 'trends',
    label: 'Trends',
    kind: 'trends',
    description: 'Any event over time: counts, unique people, sums and averages of a property.',
  },
  {
    slug: 'customers',
    label: 'Customers',
    kind: 'clv',
    description: 'Customer lifetime value: who is likely to buy again, and who is slipping away.',
  },
  {
    slug: 'feedback',
    label: 'Feedback',
    kind: 'surveys',
    description: 'What customers say in surveys: NPS, satisfaction (CSAT) and effort (CES).',
  },
  {
    slug: 'email',
    label: 'Email',
    kind: 'email',
    description: 'How e-mails land: deliveries, opens, clicks, bounces and unsubscribes per campaign.',
  },
];

/** The report of `/analytics/<slug>`; `/analytics` alone is the dashboard. */
export function findReport(slug: string | undefined): ReportDefinition | undefined {
  if (slug === undefined || slug === '') return REPORTS[0];
  return REPORTS.find((report) => report.slug === slug);
}

export function reportPath(slug: ReportSlug): string {
  return `/analytics/${slug}`;
}
