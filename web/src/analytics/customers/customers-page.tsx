import { useMemo } from 'react';
import type { ClvQuery } from '../../api-client/analytics-queries.js';
import { Alert } from '../../ui/alert.js';
import { Button } from '../../ui/button.js';
import { Card } from '../../ui/card.js';
import { useAnalyticsScope, useReportScope } from '../analytics-context.js';
import { FormField, Select } from '../forms/form-field.js';
import { formatMoney } from '../format/format-number.js';
import { NextOrdersPanel } from '../next-orders/next-orders-panel.js';
import { peopleRequest } from '../people/people-request.js';
import { QueryError } from '../report/query-error.js';
import { ReportPanel } from '../report/report-panel.js';
import { useReport } from '../report/use-report.js';
import { useStoredState } from '../report/use-stored-state.js';
import { ClvCharts } from './clv-charts.js';
import { ClvSummary } from './clv-summary.js';
import './customers.css';
import { RfmPanel } from './rfm-panel.js';
import { TopCustomersTable } from './top-customers-table.js';
import { useTopProfiles } from './use-top-profiles.js';

const TOP = 15;
const HORIZONS = ['3', '6', '12', '24'].map((value) => ({ value, label: `${value} months` }));
interface ClvForm {
  horizonMonths: number;
  timeUnit: 'week' | 'day';
}

const DEFAULT_CLV: ClvForm = { horizonMonths: 12, timeUnit: 'week' };
const UNITS = [
  { value: 'week', label: 'Weeks' },
  { value: 'day', label: 'Days' },
] as const;

/** Predicted customer value (BG/NBD + Gamma-Gamma) as of the end of the range, and RFM segments. */
export function CustomersPage() {
  const scope = useReportScope();
  const { showPeople, kinds } = useAnalyticsScope();
  const [form, setForm] = useStoredState('clv', DEFAULT_CLV);
  const query = useMemo<ClvQuery | null>(() => {
    if (scope === null) return null;
    const end = Math.min(Date.parse(scope.dateRange.to), Date.now());
    return {
      horizonMonths: form.horizonMonths,
      timeUnit: form.timeUnit,
      limit: 1000,
      timezone: scope.timezone,
      observationEnd: new Date(end).toISOString(),
      ...(scope.segmentId === undefined ? {} : { segmentId: scope.segmentId }),
    };
    // Date.now() is read only when the form or range changes, so a re-render does not re-run the query.
  }, [form, scope?.dateRange.to, scope?.segmentId, scope?.timezone]);
  const report = useReport('clv', query);
  const shown = report.shown;
  const profiles = useTopProfiles(shown?.query, TOP);
  const unit = shown?.result.timeUnit ?? form.timeUnit;
  const open = (cell: { top?: number; pAliveBelow?: number }, title: string) =>
    shown !== undefined &&
    showPeople(
      peopleRequest('clv', shown.query, cell, {
        title,
        description: `Predicted over ${shown.query.horizonMonths} months`,
      }),
    );
  const reasons = [shown?.result.reasons?.bgnbd, shown?.result.reasons?.gammaGamma].filter(
    (reason): reason is string => typeof reason === 'string',
  );
  return (
    <>
      <Card title="Customer value settings" testId="clv-form">
        <div className="report-form">
          <FormField label="Predict over">
            <Select
              value={String(form.horizonMonths)}
              options={HORIZONS}
              onChange={(value) => setForm({ ...form, horizonMonths: Number(value) })}
              testId="clv-horizon"
            />
          </FormField>
          <FormField label="Model time unit">
            <Select
              value={form.timeUnit}
              options={UNITS}
              onChange={(timeUnit) => setForm({ ...form, timeUnit })}
            />
          </FormField>
          <p className="field__hint clv-hint">
            Orders up to the end of the date range train the model; the prediction starts there.
          </p>
        </div>
      </Card>
      {report.error !== undefined && <QueryError error={report.error} />}
      {reasons.length > 0 && (
        <Alert tone="info" title="Part of the model could not be fitted.">
          {reasons.join(' ')}
        </Alert>
      )}
      {shown === undefined && report.error === undefined && (
        <ReportPanel title="Customer value" isLoading={report.isLoading} hasResult={false} />
      )}
      {shown !== undefined && (
        <>
          <ClvSummary
            result={shown.result}
            horizonMonths={shown.query.horizonMonths ?? 12}
            onOpenAll={() => open({}, 'Customers')}
            onOpenLapsed={() => open({ pAliveBelow: 0.5 }, 'Likely lapsed customers')}
          />
          <ClvCharts result={shown.result} unit={unit} isLoading={report.isLoading} />
          <Card
            isFlush
            title="Top customers"
            actions={
              <Button onClick={() => open({ top: 100 }, 'Top 100 customers')}>Top 100 as people</Button>
            }
            testId="top-customers-card"
          >
            <TopCustomersTable
              customers={shown.result.customers.slice(0, TOP)}
              profiles={profiles}
              unit={unit}
              onOpenTop={(rank) =>
                open(
                  { top: rank },
                  `Customers worth ${formatMoney(shown.result.customers[rank - 1]?.clv)} or more`,
                )
              }
            />
          </Card>
        </>
      )}
      {kinds?.includes('next-orders') === true && <NextOrdersPanel />}
      {kinds?.includes('rfm') === true && <RfmPanel />}
    </>
  );
}
