import { useAnalyticsScope, useReportScope } from '../analytics-context.js';
import { describeRange } from '../filters/date-range.js';
import { peopleRequest } from '../people/people-request.js';
import { QueryError } from '../report/query-error.js';
import { ReportPanel } from '../report/report-panel.js';
import { useReport } from '../report/use-report.js';
import { RfmSegments } from './rfm-segments.js';

/** RFM segments of the customers who ordered in the date range. */
export function RfmPanel() {
  const scope = useReportScope();
  const { showPeople } = useAnalyticsScope();
  const report = useReport('rfm', scope);
  const shown = report.shown;
  return (
    <>
      {report.error !== undefined && <QueryError error={report.error} />}
      <ReportPanel
        hasError={report.error !== undefined}
        title="RFM segments"
        actions={<span className="muted small">recency, frequency and spend, scored by quintile</span>}
        isLoading={report.isLoading}
        hasResult={shown !== undefined}
        isEmpty={shown?.result.customers.length === 0}
        emptyTitle="No orders in this range"
        testId="rfm-result"
      >
        {shown !== undefined && (
          <RfmSegments
            result={shown.result}
            onPick={(segment) =>
              showPeople(
                peopleRequest(
                  'rfm',
                  shown.query,
                  { segment },
                  {
                    title: segment,
                    description: `RFM segment · orders ${describeRange(shown.query.dateRange)}`,
                  },
                ),
              )
            }
          />
        )}
      </ReportPanel>
    </>
  );
}
