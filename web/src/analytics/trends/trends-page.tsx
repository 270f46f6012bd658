import { useMemo } from 'react';
import type { TrendsResult } from '../../api-client/analytics-results.js';
import { useAnalyticsScope, useReportScope } from '../analytics-context.js';
import { EChart } from '../charts/echart.js';
import { formatCompactCount, formatDecimal } from '../format/format-number.js';
import { autoInterval, formatPeriodLong } from '../format/format-period.js';
import { peopleRequest } from '../people/people-request.js';
import { QueryError } from '../report/query-error.js';
import { ReportPanel } from '../report/report-panel.js';
import { useReport } from '../report/use-report.js';
import { useStoredState } from '../report/use-stored-state.js';
import { trendsChartOption } from './trends-chart-option.js';
import {
  DEFAULT_TRENDS,
  describeMath,
  trendsQuery,
  type TrendsForm as TrendsFormState,
} from './trends-form-state.js';
import { TrendsForm } from './trends-form.js';
import { TrendsTable } from './trends-table.js';

/** Events over time, one line per series (or per breakdown value); click a point for its people. */
export function TrendsPage() {
  const scope = useReportScope();
  const { showPeople } = useAnalyticsScope();
  const [form, setForm] = useStoredState<TrendsFormState>('trends', DEFAULT_TRENDS);
  const query = useMemo(() => {
    if (scope === null) return null;
    return trendsQuery(form, scope, form.interval === 'auto' ? autoInterval(scope.dateRange) : form.interval);
  }, [form, scope]);
  const report = useReport('trends', query);
  const shown = report.shown;
  const interval = shown?.query.interval ?? 'day';
  const option = useMemo(() => {
    if (shown === undefined) return null;
    return trendsChartOption({
      starts: shown.result.series[0]?.points.map((point) => point.start) ?? [],
      period: interval,
      lines: shown.result.series.map((line, index) => ({
        label: lineLabel(shown.result, index),
        values: line.points.map((p) => p.value),
        axis: 0,
        format: formatDecimal,
      })),
      axisFormats: [formatCompactCount],
    });
  }, [shown, interval]);
  const openPoint = (lineIndex: number, pointIndex: number) => {
    const line = shown?.result.series[lineIndex];
    const point = line?.points[pointIndex];
    if (shown === undefined || line === undefined || point === undefined) return;
    const cell = {
      series: line.series ?? lineIndex,
      point: pointIndex,
      ...(line.breakdownValue === undefined ? {} : { breakdownValue: line.breakdownValue }),
    };
    showPeople(
      peopleRequest('trends', shown.query, cell, {
        title: lineLabel(shown.result, lineIndex),
        description: `People who did it · ${formatPeriodLong(point.start, interval)}`,
      }),
    );
  };
  const isEmpty =
    shown !== undefined &&
    shown.result.series.every((line) => line.points.every((point) => point.value === 0));
  return (
    <>
      <TrendsForm form={form} onChange={setForm} />
      {report.error !== undefined && <QueryError error={report.error} />}
      <ReportPanel
        hasError={report.error !== undefined}
        title="Over time"
        actions={<span className="muted small">per {interval}</span>}
        isLoading={report.isLoading}
        hasResult={option !== null}
        isEmpty={isEmpty}
        testId="trends-result"
      >
        {option !== null && shown !== undefined && (
          <>
            <EChart
              option={option}
              height={340}
              label="Trends over time"
              testId="trends-chart"
              onClick={(event) => openPoint(event.seriesIndex ?? 0, event.dataIndex)}
            />
            <TrendsTable result={shown.result} labelOf={(index) => lineLabel(shown.result, index)} />
          </>
        )}
      </ReportPanel>
    </>
  );
}

/** "Product Viewed · Unique people", with the breakdown value when there is one. */
function lineLabel(result: TrendsResult, index: number): string {
  const line = result.series[index];
  if (line === undefined) return '';
  const math = describeMath(line.math);
  return `${line.label} · ${math}`;
}
