import { useMemo } from 'react';
import type { SurveyCell, SurveyType } from '../../api-client/analytics-cells.js';
import type { SurveyResult } from '../../api-client/analytics-insight-results.js';
import type { CalendarPeriod } from '../../api-client/analytics-queries.js';
import { SegmentedControl } from '../../ui/segmented-control.js';
import { EChart } from '../charts/echart.js';
import { formatPeriodLong } from '../format/format-period.js';
import { Select } from '../forms/form-field.js';
import { ReportPanel } from '../report/report-panel.js';
import { SURVEY_LABELS } from './survey-groups.js';
import { surveyTrendOption, TREND_METRICS } from './survey-trend-option.js';

export type TrendPeriodChoice = 'auto' | 'day' | 'week' | 'month';

const METRICS = (['nps', 'csat', 'ces'] as const).map((value) => ({ value, label: SURVEY_LABELS[value] }));
const PERIODS: ReadonlyArray<{ value: TrendPeriodChoice; label: string }> = [
  { value: 'auto', label: 'Auto' },
  { value: 'day', label: 'Per day' },
  { value: 'week', label: 'Per week' },
  { value: 'month', label: 'Per month' },
];

export interface SurveyTrendProps {
  result: SurveyResult;
  period: CalendarPeriod;
  periodChoice: TrendPeriodChoice;
  onPeriodChoice(choice: TrendPeriodChoice): void;
  metric: SurveyType;
  onMetric(metric: SurveyType): void;
  isLoading: boolean;
  onOpen(cell: SurveyCell, title: string): void;
}

/** One score per period over the answers; a point opens that period's respondents. */
export function SurveyTrend(props: SurveyTrendProps) {
  const { result, period, metric, onOpen } = props;
  const periods = result.periods;
  const option = useMemo(
    () => (periods === undefined ? null : surveyTrendOption(periods, metric, period)),
    [periods, metric, period],
  );
  const isEmpty = periods !== undefined && periods.every((row) => TREND_METRICS[metric].answers(row) === 0);
  return (
    <ReportPanel
      title="Over time"
      actions={
        <div className="report-actions">
          <SegmentedControl<SurveyType>
            label="Score"
            options={METRICS}
            value={metric}
            onChange={props.onMetric}
          />
          <Select
            value={props.periodChoice}
            options={PERIODS}
            onChange={props.onPeriodChoice}
            testId="feedback-period"
          />
        </div>
      }
      isLoading={props.isLoading}
      hasResult={option !== null}
      isEmpty={isEmpty}
      emptyTitle={`No ${SURVEY_LABELS[metric]} answers in this range`}
      testId="survey-trend"
    >
      {option !== null && periods !== undefined && (
        <EChart
          option={option}
          height={280}
          label={`${SURVEY_LABELS[metric]} per ${period}`}
          testId="survey-trend-chart"
          onClick={(event) => {
            const row = periods[event.dataIndex];
            if (row === undefined) return;
            onOpen(
              { type: metric, period: event.dataIndex },
              `${SURVEY_LABELS[metric]} respondents · ${formatPeriodLong(row.start, period)}`,
            );
          }}
        />
      )}
    </ReportPanel>
  );
}
