import { useMemo } from 'react';
import type { LifecycleQuery } from '../../api-client/analytics-queries.js';
import { Card } from '../../ui/card.js';
import { useAnalyticsScope, useReportScope } from '../analytics-context.js';
import { EChart } from '../charts/echart.js';
import { FormField, Select } from '../forms/form-field.js';
import { SuggestInput } from '../forms/suggest-input.js';
import { useEventCatalog } from '../forms/use-event-catalog.js';
import { formatPeriodLong } from '../format/format-period.js';
import { peopleRequest } from '../people/people-request.js';
import { QueryError } from '../report/query-error.js';
import { ReportPanel } from '../report/report-panel.js';
import { useReport } from '../report/use-report.js';
import { useStoredState } from '../report/use-stored-state.js';
import { LIFECYCLE_STATUSES, lifecycleChartOption } from './lifecycle-chart-option.js';

type LifecyclePeriodName = NonNullable<LifecycleQuery['period']>;

const PERIODS = [
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
] as const;

const DEFAULT_FORM: { event: string; period: LifecyclePeriodName } = {
  event: 'Product Viewed',
  period: 'week',
};

/** New, returning, resurrecting and dormant people per period, as stacked bars. */
export function LifecyclePage() {
  const scope = useReportScope();
  const { showPeople } = useAnalyticsScope();
  const catalog = useEventCatalog();
  const [form, setForm] = useStoredState('lifecycle', DEFAULT_FORM);
  const query = useMemo<LifecycleQuery | null>(
    () =>
      scope === null
        ? null
        : {
            ...scope,
            event: { event: form.event.trim() === '' ? null : form.event.trim() },
            period: form.period,
          },
    [form, scope],
  );
  const report = useReport('lifecycle', query);
  const shown = report.shown;
  const period = shown?.query.period ?? 'week';
  const option = useMemo(
    () => (shown === undefined ? null : lifecycleChartOption(shown.result.periods, period)),
    [shown, period],
  );
  const isEmpty =
    shown !== undefined &&
    shown.result.periods.every(
      (row) => row.new === 0 && row.returning === 0 && row.resurrecting === 0 && row.dormant === 0,
    );
  return (
    <>
      <Card title="Lifecycle settings" testId="lifecycle-form">
        <div className="report-form">
          <FormField label="Active means doing" hint="Empty = any event" isWide>
            <SuggestInput
              value={form.event}
              onChange={(event) => setForm({ ...form, event })}
              suggestions={catalog.events}
              seen={catalog.seen}
              placeholder="Any event"
              data-testid="lifecycle-event"
            />
          </FormField>
          <FormField label="Period">
            <Select
              value={form.period}
              options={PERIODS}
              onChange={(value) => setForm({ ...form, period: value })}
              testId="lifecycle-period"
            />
          </FormField>
        </div>
      </Card>
      {report.error !== undefined && <QueryError error={report.error} />}
      <ReportPanel
        hasError={report.error !== undefined}
        title="People by lifecycle stage"
        isLoading={report.isLoading}
        hasResult={option !== null}
        isEmpty={isEmpty}
        testId="lifecycle-result"
      >
        {option !== null && shown !== undefined && (
          <>
            <EChart
              option={option}
              height={360}
              label="Lifecycle stages per period"
              testId="lifecycle-chart"
              onClick={(event) => {
                const style = LIFECYCLE_STATUSES[event.seriesIndex ?? -1];
                const row = shown.result.periods[event.dataIndex];
                if (style === undefined || row === undefined) return;
                showPeople(
                  peopleRequest(
                    'lifecycle',
                    shown.query,
                    { period: event.dataIndex, status: style.status },
                    {
                      title: `${style.label} · ${formatPeriodLong(row.start, period)}`,
                      description: `${style.help} · did ${shown.query.event.event ?? 'any event'}`,
                      expectedCount: Math.abs(row[style.status]),
                    },
                  ),
                );
              }}
            />
            <ul className="status-legend">
              {LIFECYCLE_STATUSES.map((style) => (
                <li key={style.status}>
                  <span className="status-legend__swatch" style={{ background: style.color }} />
                  <strong>{style.label}</strong> <span className="muted">{style.help.toLowerCase()}.</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </ReportPanel>
    </>
  );
}
