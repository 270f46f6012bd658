import { useMemo } from 'react';
import type { SurveyCell } from '../../api-client/analytics-cells.js';
import type { SurveyResult } from '../../api-client/analytics-insight-results.js';
import { EChart } from '../charts/echart.js';
import { formatCountOf, formatPercent } from '../format/format-number.js';
import { ReportPanel } from '../report/report-panel.js';
import { AnswerLegend } from './answer-legend.js';
import { csatBarsOption } from './csat-bars-option.js';
import { CSAT_LEVELS } from './survey-groups.js';

export interface CsatPanelProps {
  result: SurveyResult;
  isLoading: boolean;
  onOpen(cell: SurveyCell, title: string): void;
}

/** The five CSAT levels; the top two make the score. A bar or count opens its people. */
export function CsatPanel({ result, isLoading, onOpen }: CsatPanelProps) {
  const { csat } = result;
  const option = useMemo(() => csatBarsOption(csat), [csat]);
  const pick = (index: number) => {
    const level = CSAT_LEVELS[index];
    if (level !== undefined)
      onOpen({ type: 'csat', answer: level.answer }, `CSAT ${level.scores} · ${level.label}`);
  };
  return (
    <ReportPanel
      title="Satisfaction (CSAT)"
      actions={
        <span className="muted small">
          <strong className="panel-score" data-testid="csat-score">
            {formatPercent(csat.score)}
          </strong>{' '}
          top-2-box of {formatCountOf(csat.responses, 'answer')}
        </span>
      }
      isLoading={isLoading}
      hasResult
      isEmpty={csat.responses === 0}
      emptyTitle="No CSAT answers in this range"
      emptyText="CSAT comes from Survey Responded events with survey_type csat and a score from 1 to 5."
      testId="csat-panel"
    >
      <EChart
        option={option}
        height={176}
        label="Answers per satisfaction level"
        testId="csat-chart"
        onClick={(event) => pick(event.dataIndex)}
      />
      <AnswerLegend
        groups={CSAT_LEVELS}
        counts={csat}
        total={csat.responses}
        onPick={(level) => pick(CSAT_LEVELS.indexOf(level))}
        layout="inline"
        testIdPrefix="csat"
      />
    </ReportPanel>
  );
}
