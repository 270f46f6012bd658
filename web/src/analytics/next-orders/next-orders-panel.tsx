import { useMemo, useState } from 'react';
import type { NextOrderQuery } from '../../api-client/analytics-queries.js';
import { Alert } from '../../ui/alert.js';
import { SegmentedControl } from '../../ui/segmented-control.js';
import { useAnalyticsScope, useReportScope } from '../analytics-context.js';
import { formatDay } from '../format/format-day.js';
import { formatCountOf } from '../format/format-number.js';
import { peopleRequest } from '../people/people-request.js';
import { QueryError } from '../report/query-error.js';
import { ReportPanel } from '../report/report-panel.js';
import { TablePager } from '../report/table-pager.js';
import { useReport } from '../report/use-report.js';
import { useStoredState } from '../report/use-stored-state.js';
import './next-orders.css';
import { DEFAULT_VIEW, sortPredictions, type NextOrderSortKey, type RiskFilter } from './next-order-sort.js';
import { NextOrdersTable } from './next-orders-table.js';
import { RISK_STYLES } from './risk-badge.js';
import { RiskTiles } from './risk-tiles.js';
import { useProfiles } from './use-profiles.js';

const PAGE_SIZE = 20;
const FILTERS: ReadonlyArray<{ value: RiskFilter; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'high', label: 'High risk' },
  { value: 'medium', label: 'Medium risk' },
  { value: 'low', label: 'Low risk' },
];

/** Each customer's expected next order, its confidence and their churn risk, as of the range's end. */
export function NextOrdersPanel() {
  const scope = useReportScope();
  const { showPeople } = useAnalyticsScope();
  const [view, setView] = useStoredState('next-orders', DEFAULT_VIEW);
  const [offset, setOffset] = useState(0);
  const query = useMemo<NextOrderQuery | null>(() => {
    if (scope === null) return null;
    // A range that ends in the past predicts from its end; otherwise from the server's now.
    const end = Date.parse(scope.dateRange.to);
    return {
      ...(end < Date.now() ? { asOf: scope.dateRange.to } : {}),
      ...(scope.segmentId === undefined ? {} : { segmentId: scope.segmentId }),
    };
  }, [scope?.dateRange.to, scope?.segmentId]);
  const report = useReport('next-orders', query);
  const shown = report.shown;
  const rows = useMemo(
    () => (shown === undefined ? [] : sortPredictions(shown.result.customers, view)),
    [shown, view],
  );
  const first = Math.min(offset, Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1) * PAGE_SIZE);
  const pageRows = rows.slice(first, first + PAGE_SIZE);
  const profiles = useProfiles(pageRows.map((row) => row.profileId));
  const change = (next: typeof view) => {
    setView(next);
    setOffset(0);
  };
  const sortBy = (sort: NextOrderSortKey) =>
    change({ ...view, sort, isDescending: view.sort === sort ? !view.isDescending : sort === 'risk' });
  const asOf = shown === undefined ? '' : formatDay(shown.result.asOf, shown.result.asOf);
  return (
    <>
      {report.error !== undefined && <QueryError error={report.error} />}
      <ReportPanel
        hasError={report.error !== undefined}
        title="Who should order next"
        actions={shown === undefined ? undefined : <span className="muted small">as of {asOf}</span>}
        isLoading={report.isLoading}
        hasResult={shown !== undefined}
        isEmpty={shown?.result.customers.length === 0}
        emptyTitle="No orders yet"
        emptyText="Predictions start with the first orders; dates firm up with the first repeat orders."
        isFlush
        testId="next-orders"
      >
        {shown !== undefined && (
          <>
            <div className="next-orders__intro">
              <p className="next-orders__how" data-testid="next-orders-how">
                <strong>How it works:</strong> each customer’s next order is predicted from their own
                intervals between orders, so it works from the first repeat orders, with no minimum shop size.
              </p>
              {shown.result.shop.repeatCustomers === 0 && (
                <Alert tone="info" title="No repeat customers yet.">
                  Expected dates appear once someone orders a second time.
                </Alert>
              )}
              <RiskTiles
                result={shown.result}
                onPick={(churnRisk) =>
                  showPeople(
                    peopleRequest(
                      'next-orders',
                      shown.query,
                      { churnRisk },
                      {
                        title: `${RISK_STYLES[churnRisk].label} churn risk`,
                        description: `Next-order prediction as of ${asOf}`,
                        expectedCount: shown.result.customers.filter((c) => c.churnRisk === churnRisk).length,
                      },
                    ),
                  )
                }
              />
            </div>
            <div className="next-orders__toolbar">
              <SegmentedControl<RiskFilter>
                label="Churn risk"
                options={FILTERS}
                value={view.risk}
                onChange={(risk) => change({ ...view, risk })}
              />
              <span className="muted small" data-testid="next-orders-count">
                {formatCountOf(rows.length, 'customer')}
              </span>
            </div>
            <NextOrdersTable
              rows={pageRows}
              result={shown.result}
              profiles={profiles}
              view={view}
              onSort={sortBy}
            />
            <TablePager
              first={first}
              pageSize={PAGE_SIZE}
              total={rows.length}
              onMove={setOffset}
              testId="next-orders-pager"
            />
          </>
        )}
      </ReportPanel>
    </>
  );
}
