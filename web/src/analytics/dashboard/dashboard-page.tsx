import { useAnalyticsScope, useReportScope } from '../analytics-context.js';
import { describeRange, previousRange } from '../filters/date-range.js';
import { peopleRequest } from '../people/people-request.js';
import { QueryError } from '../report/query-error.js';
import { ReportPanel } from '../report/report-panel.js';
import { useReport } from '../report/use-report.js';
import { KPI_DEFINITIONS } from './kpi-definitions.js';
import { KpiTile } from './kpi-tile.js';
import { RevenueTrend } from './revenue-trend.js';

/** The shop at a glance: twelve KPIs against the previous period, and revenue over time. */
export function DashboardPage() {
  const scope = useReportScope();
  const { kinds, showPeople } = useAnalyticsScope();
  const current = useReport('kpis', scope, 0);
  const previous = useReport(
    'kpis',
    scope === null ? null : { ...scope, dateRange: previousRange(scope.dateRange) },
    0,
  );
  const shown = current.shown;
  return (
    <>
      {current.error !== undefined && <QueryError error={current.error} />}
      {shown === undefined ? (
        current.error === undefined && <ReportPanel title="Key numbers" isLoading hasResult={false} />
      ) : (
        <section
          className={current.isLoading ? 'kpi-grid is-updating' : 'kpi-grid'}
          aria-label="Key numbers"
          data-testid="kpi-grid"
        >
          {KPI_DEFINITIONS.map((definition) => {
            const metric = definition.metric;
            const open =
              metric === undefined
                ? undefined
                : () =>
                    showPeople(
                      peopleRequest(
                        'kpis',
                        shown.query,
                        { metric },
                        {
                          title: definition.peopleTitle ?? definition.label,
                          description: describeRange(shown.query.dateRange),
                        },
                      ),
                    );
            return (
              <KpiTile
                key={definition.field}
                definition={definition}
                result={shown.result}
                previous={previous.shown?.result}
                onOpenPeople={open}
              />
            );
          })}
        </section>
      )}
      {kinds?.includes('trends') === true && scope !== null && <RevenueTrend scope={scope} />}
    </>
  );
}
