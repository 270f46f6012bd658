import './analytics.css';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useApiClient } from '../app/auth-provider.js';
import { useResource } from '../app/use-resource.js';
import { Card } from '../ui/card.js';
import { EmptyState } from '../ui/empty-state.js';
import { ChartIcon } from '../ui/icons.js';
import { PageHeader } from '../ui/page-header.js';
import { AnalyticsScopeContext, type AnalyticsScope } from './analytics-context.js';
import { findReport, type ReportDefinition, type ReportSlug } from './analytics-reports.js';
import { AnalyticsTabs } from './analytics-tabs.js';
import { CustomersPage } from './customers/customers-page.js';
import { DashboardPage } from './dashboard/dashboard-page.js';
import { EmailPage } from './email/email-page.js';
import { FeedbackPage } from './feedback/feedback-page.js';
import { DateRangePicker } from './filters/date-range-picker.js';
import { DEFAULT_RANGE, resolveRange, type RangeChoice } from './filters/date-range.js';
import { SegmentPicker } from './filters/segment-picker.js';
import { useHistoryStart } from './filters/use-history-start.js';
import { FunnelPage } from './funnels/funnel-page.js';
import { LifecyclePage } from './lifecycle/lifecycle-page.js';
import { PathsPage } from './paths/paths-page.js';
import { PeopleDrawer } from './people/people-drawer.js';
import type { PeopleRequest } from './people/people-request.js';
import { useStoredState } from './report/use-stored-state.js';
import { RetentionPage } from './retention/retention-page.js';
import { TrendsPage } from './trends/trends-page.js';

const PAGES: Record<ReportSlug, () => ReactNode> = {
  dashboard: () => <DashboardPage />,
  funnels: () => <FunnelPage />,
  retention: () => <RetentionPage />,
  lifecycle: () => <LifecyclePage />,
  paths: () => <PathsPage />,
  trends: () => <TrendsPage />,
  customers: () => <CustomersPage />,
  feedback: () => <FeedbackPage />,
  email: () => <EmailPage />,
};

/** `/analytics/<report>`: the shared date range and segment, the report tabs, the people drawer. */
export function AnalyticsSection({ slug }: { slug?: string }) {
  const report = findReport(slug);
  const scope = useScope();
  return (
    <AnalyticsScopeContext.Provider value={scope.value}>
      <PageHeader
        title="Analytics"
        description={report?.description}
        actions={
          <div className="analytics-filters">
            <SegmentPicker
              lists={scope.value.lists.data?.lists}
              value={scope.value.segmentId ?? ''}
              onChange={(id) => scope.value.setSegmentId(id === '' ? null : id)}
            />
            <DateRangePicker
              choice={scope.value.choice}
              range={scope.value.range}
              onChange={scope.value.setChoice}
            />
          </div>
        }
      />
      {report === undefined ? <UnknownReport /> : <ReportArea report={report} kinds={scope.value.kinds} />}
      {scope.people !== null && (
        <PeopleDrawer key={scope.people.key} request={scope.people} onClose={scope.closePeople} />
      )}
    </AnalyticsScopeContext.Provider>
  );
}

function ReportArea({ report, kinds }: { report: ReportDefinition; kinds: string[] | undefined }) {
  const isMissing = kinds !== undefined && !kinds.includes(report.kind);
  return (
    <>
      <AnalyticsTabs current={report} kinds={kinds} />
      <div className="report-page" data-testid={`report-${report.slug}`}>
        {isMissing ? (
          <Card>
            <EmptyState
              icon={<ChartIcon />}
              title={`${report.label} is not available yet`}
              testId="report-unavailable"
            >
              This Waymark server does not compute the <code>{report.kind}</code> report yet.
            </EmptyState>
          </Card>
        ) : (
          PAGES[report.slug]()
        )}
      </div>
    </>
  );
}

function UnknownReport() {
  return (
    <Card>
      <EmptyState icon={<ChartIcon />} title="No such report" testId="report-not-found">
        Pick one of the reports above.
      </EmptyState>
    </Card>
  );
}

function useScope() {
  const client = useApiClient();
  const [choice, setChoice] = useStoredState<RangeChoice>('range', DEFAULT_RANGE);
  const [segment, setSegment] = useStoredState('segment', '');
  const [people, setPeople] = useState<PeopleRequest | null>(null);
  const kinds = useResource('analytics-kinds', () => client.analytics.kinds());
  const lists = useResource('analytics-lists', () => client.analytics.lists());
  const historyStart = useHistoryStart(choice.preset === 'all', kinds.data?.kinds);
  const today = new Date().toDateString();
  const range = useMemo(
    () => (historyStart === undefined ? null : resolveRange(choice, new Date(), historyStart)),
    [choice, historyStart, today], // `today` stands for "now": presets move on at midnight
  );
  const closePeople = useCallback(() => setPeople(null), []);
  const value = useMemo<AnalyticsScope>(
    () => ({
      choice,
      setChoice,
      range,
      segmentId: segment === '' ? null : segment,
      setSegmentId: (id) => setSegment(id ?? ''),
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      lists,
      kinds: kinds.data?.kinds ?? (kinds.error === undefined ? undefined : []),
      showPeople: setPeople,
    }),
    [choice, setChoice, range, segment, setSegment, lists, kinds.data, kinds.error],
  );
  return { value, people, closePeople };
}
