import { useMemo } from 'react';
import type { SurveyCell } from '../../api-client/analytics-cells.js';
import type { SurveyResult } from '../../api-client/analytics-insight-results.js';
import { EChart } from '../charts/echart.js';
import { formatCountOf } from '../format/format-number.js';
import { ReportPanel } from '../report/report-panel.js';
import { AnswerLegend } from './answer-legend.js';
import { npsBarOption } from './nps-bar-option.js';
import { formatNps, NPS_GROUPS } from './survey-groups.js';

export interface NpsPanelProps {
  result: SurveyResult;
  isLoading: boolean;
  onOpen(cell: SurveyCell, title: string): void;
}

/** Promoters, passives and detractors as a stacked bar; each part opens its people. */
export function NpsPanel({ result, isLoading, onOpen }: NpsPanelProps) {
  const { nps } = result;
  const option = useMemo(() => npsBarOption(nps), [nps]);
  const pick = (index: number) => {
    const group = NPS_GROUPS[index];
    if (group !== undefined)
      onOpen({ type: 'nps', answer: group.answer }, `NPS ${group.label.toLowerCase()}`);
  };
  return (
    <ReportPanel
      title="Net Promoter Score"
      actions={
        <span className="muted small">
          <strong className="panel-score" data-testid="nps-score">
            {formatNps(nps.score)}
          </strong>{' '}
          from {formatCountOf(nps.responses, 'answer')}
        </span>
      }
      isLoading={isLoading}
      hasResult
      isEmpty={nps.responses === 0}
      emptyTitle="No NPS answers in this range"
      emptyText="NPS comes from Survey Responded events with survey_type nps and a score from 0 to 10."
      testId="nps-panel"
    >
      <EChart
        option={option}
        height={44}
        label="Promoters, passives and detractors"
        testId="nps-chart"
        onClick={(event) => pick(event.seriesIndex ?? -1)}
      />
      <AnswerLegend
        groups={NPS_GROUPS}
        counts={nps}
        total={nps.responses}
        onPick={(group) => pick(NPS_GROUPS.indexOf(group))}
        layout="rows"
        testIdPrefix="nps"
      />
      <p className="report-note">NPS = % promoters − % detractors, from −100 to +100.</p>
    </ReportPanel>
  );
}
