import { useMemo } from 'react';
import { Card } from '../../ui/card.js';
import { useAnalyticsScope, useReportScope } from '../analytics-context.js';
import { formatCount, formatPercent } from '../format/format-number.js';
import { invalidField } from '../report/invalid-field.js';
import { QueryError } from '../report/query-error.js';
import { ReportPanel } from '../report/report-panel.js';
import { useReport } from '../report/use-report.js';
import { useStoredState } from '../report/use-stored-state.js';
import { FunnelBreakdownTable } from './funnel-breakdown-table.js';
import { FunnelChart } from './funnel-chart.js';
import { FunnelForm } from './funnel-form.js';
import { DEFAULT_FUNNEL, funnelQuery, type FunnelForm as FunnelFormState } from './funnel-form-state.js';
import { funnelPeople, type FunnelPick } from './funnel-people.js';
import { FunnelStepsTable } from './funnel-steps-table.js';
import './funnels.css';

/** Build a funnel, see where people drop off, and click any number for the people behind it. */
export function FunnelPage() {
  const scope = useReportScope();
  const { showPeople } = useAnalyticsScope();
  const [form, setForm] = useStoredState<FunnelFormState>('funnel', DEFAULT_FUNNEL);
  const query = useMemo(() => (scope === null ? null : funnelQuery(form, scope)), [form, scope]);
  const report = useReport('funnel', query);
  const shown = report.shown;
  const pick = (choice: FunnelPick) => {
    if (shown === undefined) return;
    const request = funnelPeople(shown.query, shown.result, choice);
    if (request !== null) showPeople(request);
  };
  const steps = shown?.result.steps ?? [];
  const last = steps[steps.length - 1];
  const breakdown = shown?.query.breakdown?.property;
  return (
    <>
      <FunnelForm form={form} onChange={setForm} invalid={invalidField(report.error)} />
      {report.error !== undefined && <QueryError error={report.error} />}
      <ReportPanel
        hasError={report.error !== undefined}
        title="Conversion"
        actions={
          last !== undefined && steps.length > 1 ? (
            <span className="funnel-summary" data-testid="funnel-summary">
              <strong>{formatPercent(last.overallConversion)}</strong> converted · {formatCount(last.count)}{' '}
              of {formatCount(steps[0]?.count)} people
            </span>
          ) : undefined
        }
        isLoading={report.isLoading}
        hasResult={shown !== undefined}
        isEmpty={(steps[0]?.count ?? 0) === 0}
        emptyTitle="Nobody did the first step in this range"
        testId="funnel-result"
      >
        {shown !== undefined && (
          <>
            <FunnelChart result={shown.result} showBreakdown={breakdown !== undefined} onPick={pick} />
            <p className="report-note">
              {shown.query.order === 'unordered'
                ? 'In any order, step N counts people who completed any N of the steps. '
                : ''}
              {breakdown === undefined
                ? 'Click a bar, or the hatched drop-off above it, to see the people.'
                : `Click a bar to see the people with that ${breakdown}.`}
            </p>
          </>
        )}
      </ReportPanel>
      {shown !== undefined && (steps[0]?.count ?? 0) > 0 && (
        <Card isFlush title="Steps" testId="funnel-steps-card">
          <FunnelStepsTable steps={steps} onPick={pick} />
        </Card>
      )}
      {shown !== undefined && breakdown !== undefined && shown.result.breakdowns.length > 0 && (
        <Card isFlush title={`By ${breakdown}`}>
          <FunnelBreakdownTable result={shown.result} property={breakdown} onPick={pick} />
        </Card>
      )}
    </>
  );
}
