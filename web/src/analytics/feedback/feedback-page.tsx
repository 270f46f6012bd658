import { useMemo } from 'react';
import type { SurveyCell, SurveyType } from '../../api-client/analytics-cells.js';
import type { SurveyQuery } from '../../api-client/analytics-queries.js';
import { Alert } from '../../ui/alert.js';
import { useAnalyticsScope, useReportScope } from '../analytics-context.js';
import { describeRange } from '../filters/date-range.js';
import { formatCountOf } from '../format/format-number.js';
import { peopleRequest } from '../people/people-request.js';
import { QueryError } from '../report/query-error.js';
import { ReportPanel } from '../report/report-panel.js';
import { useReport } from '../report/use-report.js';
import { useStoredState } from '../report/use-stored-state.js';
import { CsatPanel } from './csat-panel.js';
import './feedback.css';
import { NpsPanel } from './nps-panel.js';
import { answerCount, surveyPeriod } from './survey-groups.js';
import { SurveyTiles } from './survey-tiles.js';
import { SurveyTrend, type TrendPeriodChoice } from './survey-trend.js';

const DEFAULT_FORM: { period: TrendPeriodChoice; metric: SurveyType } = { period: 'auto', metric: 'nps' };

/** NPS, CSAT and CES from `Survey Responded` events in the range, their answers, and their trend. */
export function FeedbackPage() {
  const scope = useReportScope();
  const { showPeople } = useAnalyticsScope();
  const [form, setForm] = useStoredState('feedback', DEFAULT_FORM);
  const query = useMemo<SurveyQuery | null>(() => {
    if (scope === null) return null;
    return { ...scope, period: form.period === 'auto' ? surveyPeriod(scope.dateRange) : form.period };
  }, [scope, form.period]);
  const report = useReport('surveys', query);
  const shown = report.shown;
  const open = (cell: SurveyCell, title: string) =>
    shown !== undefined &&
    showPeople(
      peopleRequest('surveys', shown.query, cell, {
        title,
        description: `Survey answers · ${describeRange(shown.query.dateRange)}`,
      }),
    );
  const isEmpty = shown !== undefined && answerCount(shown.result) === 0;
  return (
    <>
      {report.error !== undefined && <QueryError error={report.error} />}
      {(shown === undefined || isEmpty) && (
        <ReportPanel
          hasError={report.error !== undefined}
          title="Feedback"
          isLoading={report.isLoading}
          hasResult={shown !== undefined}
          isEmpty={isEmpty}
          emptyTitle="No survey answers in this range"
          emptyText={
            <>
              Send <code>Survey Responded</code> events with <code>survey_type</code> (nps, csat or ces) and a{' '}
              <code>score</code>, or try a longer date range.
            </>
          }
          testId="feedback-result"
        />
      )}
      {shown !== undefined && !isEmpty && (
        <div className={report.isLoading ? 'feedback is-updating' : 'feedback'} data-testid="feedback-result">
          {shown.result.invalidResponses > 0 && (
            <Alert
              tone="info"
              title={`${formatCountOf(shown.result.invalidResponses, 'answer')} could not be read.`}
            >
              Their survey kind or score is missing or off the scale (NPS 0–10, CSAT 1–5, CES 1–7).
            </Alert>
          )}
          <SurveyTiles result={shown.result} onOpen={open} />
          <div className="feedback-pair">
            <NpsPanel result={shown.result} isLoading={report.isLoading} onOpen={open} />
            <CsatPanel result={shown.result} isLoading={report.isLoading} onOpen={open} />
          </div>
          <SurveyTrend
            result={shown.result}
            period={shown.query.period ?? 'week'}
            periodChoice={form.period}
            onPeriodChoice={(period) => setForm({ ...form, period })}
            metric={form.metric}
            onMetric={(metric) => setForm({ ...form, metric })}
            isLoading={report.isLoading}
            onOpen={open}
          />
        </div>
      )}
    </>
  );
}
