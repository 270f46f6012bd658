import { useMemo } from 'react';
import type { ReportScope, TrendsQuery } from '../../api-client/analytics-queries.js';
import { useAnalyticsScope } from '../analytics-context.js';
import { EChart } from '../charts/echart.js';
import { formatCompactCount, formatCount, formatMoney } from '../format/format-number.js';
import { autoInterval, formatPeriodLong } from '../format/format-period.js';
import { peopleRequest } from '../people/people-request.js';
import { QueryError } from '../report/query-error.js';
import { ReportPanel } from '../report/report-panel.js';
import { useReport } from '../report/use-report.js';
import { trendsChartOption } from '../trends/trends-chart-option.js';

const ORDER_EVENT = 'Order Completed';

/** Revenue and orders per day (or week, month) over the range; click a point for its buyers. */
export function RevenueTrend({ scope }: { scope: ReportScope }) {
  const { showPeople } = useAnalyticsScope();
  const interval = autoInterval(scope.dateRange);
  const query: TrendsQuery = {
    ...scope,
    interval,
    series: [
      { event: ORDER_EVENT, math: 'sum:revenue' },
      { event: ORDER_EVENT, math: 'total' },
    ],
  };
  const report = useReport('trends', query, 0);
  const shown = report.shown;
  const option = useMemo(() => {
    if (shown === undefined) return null;
    const [revenue, orders] = shown.result.series;
    return trendsChartOption({
      starts: (revenue ?? orders)?.points.map((point) => point.start) ?? [],
      period: shown.query.interval ?? 'day',
      lines: [
        {
          label: 'Revenue',
          values: revenue?.points.map((p) => p.value) ?? [],
          axis: 0,
          format: (v) => formatMoney(v),
          hasArea: true,
        },
        {
          label: 'Orders',
          values: orders?.points.map((p) => p.value) ?? [],
          axis: 1,
          format: formatCount,
          isBar: true,
        },
      ],
      axisFormats: [(v) => formatMoney(v, 'compact'), formatCompactCount],
    });
  }, [shown]);
  const isEmpty =
    shown !== undefined &&
    shown.result.series.every((line) => line.points.every((point) => point.value === 0));
  return (
    <>
      {report.error !== undefined && <QueryError error={report.error} />}
      <ReportPanel
        hasError={report.error !== undefined}
        title="Revenue and orders"
        actions={<span className="muted small">per {interval}</span>}
        isLoading={report.isLoading}
        hasResult={option !== null}
        isEmpty={isEmpty}
        emptyTitle="No orders in this range"
        testId="revenue-trend"
      >
        {option !== null && shown !== undefined && (
          <EChart
            option={option}
            label="Revenue and orders over time"
            onClick={(event) => {
              const line = shown.result.series[event.seriesIndex ?? -1];
              const point = line?.points[event.dataIndex];
              if (line === undefined || point === undefined) return;
              showPeople(
                peopleRequest(
                  'trends',
                  shown.query,
                  { series: line.series ?? event.seriesIndex ?? 0, point: event.dataIndex },
                  {
                    title: `Ordered · ${formatPeriodLong(point.start, shown.query.interval ?? 'day')}`,
                    description: `People who placed an order · ${formatCount(orders(shown.result.series))} orders in the range`,
                  },
                ),
              );
            }}
          />
        )}
      </ReportPanel>
    </>
  );
}

function orders(series: Array<{ points: Array<{ value: number }> }>): number {
  return series[1]?.points.reduce((sum, point) => sum + point.value, 0) ?? 0;
}
