import { useMemo, useState } from 'react';
import { SegmentedControl } from '../../ui/segmented-control.js';
import { useAnalyticsScope, useReportScope } from '../analytics-context.js';
import { formatCount } from '../format/format-number.js';
import { formatPeriodLong } from '../format/format-period.js';
import { peopleRequest } from '../people/people-request.js';
import { invalidField } from '../report/invalid-field.js';
import { QueryError } from '../report/query-error.js';
import { ReportPanel } from '../report/report-panel.js';
import { useReport } from '../report/use-report.js';
import { useStoredState } from '../report/use-stored-state.js';
import {
  DEFAULT_RETENTION,
  retentionQuery,
  type RetentionForm as RetentionFormState,
} from './retention-form-state.js';
import { RetentionForm } from './retention-form.js';
import { RetentionTable, type RetentionDisplay } from './retention-table.js';
import './retention.css';

const DISPLAY_OPTIONS = [
  { value: 'percent', label: '%' },
  { value: 'count', label: 'People' },
] as const;

/** The cohort table: who started when, and how many came back in each later period. */
export function RetentionPage() {
  const scope = useReportScope();
  const { showPeople } = useAnalyticsScope();
  const [form, setForm] = useStoredState<RetentionFormState>('retention', DEFAULT_RETENTION);
  const [display, setDisplay] = useState<RetentionDisplay>('percent');
  const query = useMemo(() => (scope === null ? null : retentionQuery(form, scope)), [form, scope]);
  const report = useReport('retention', query);
  const shown = report.shown;
  const period = shown?.query.period ?? 'week';
  const pick = (c: number, n: number) => {
    const cohort = shown?.result.cohorts[c];
    if (shown === undefined || cohort === undefined) return;
    const back = shown.query.returnEvent.event ?? 'any event';
    showPeople(
      peopleRequest(
        'retention',
        shown.query,
        { cohort: c, period: n },
        {
          title: n === 0 ? `Started ${formatPeriodLong(cohort.start, period)}` : `Back in ${period} ${n}`,
          description: `Cohort: ${formatPeriodLong(cohort.start, period).toLowerCase()} · ${formatCount(cohort.size)} people · came back to ${back}`,
          expectedCount: cohort.values[n],
          listName: `Retained ${period} ${n}, cohort ${cohort.start.slice(0, 10)}`,
        },
      ),
    );
  };
  const isEmpty = shown !== undefined && shown.result.cohorts.every((cohort) => cohort.size === 0);
  return (
    <>
      <RetentionForm form={form} onChange={setForm} invalid={invalidField(report.error)} />
      {report.error !== undefined && <QueryError error={report.error} />}
      <ReportPanel
        hasError={report.error !== undefined}
        title="Cohorts"
        actions={
          <SegmentedControl<RetentionDisplay>
            label="Show"
            options={DISPLAY_OPTIONS}
            value={display}
            onChange={setDisplay}
          />
        }
        isLoading={report.isLoading}
        hasResult={shown !== undefined}
        isEmpty={isEmpty}
        emptyTitle="Nobody started a cohort in this range"
        isFlush
        testId="retention-result"
      >
        {shown !== undefined && (
          <>
            <RetentionTable result={shown.result} period={period} display={display} onPick={pick} />
            <p className="report-note retention-note">
              <span className="retention-legend" aria-hidden="true" /> Hatched cells are periods that have not
              finished yet; they are left out of the weighted average. Click a cell to see the people.
            </p>
          </>
        )}
      </ReportPanel>
    </>
  );
}
