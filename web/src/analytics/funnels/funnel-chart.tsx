import { useMemo } from 'react';
import type { FunnelResult } from '../../api-client/analytics-results.js';
import { EChart } from '../charts/echart.js';
import {
  DROPPED_SERIES,
  funnelBreakdownOption,
  funnelChartOption,
  MAX_CHART_BREAKDOWNS,
} from './funnel-chart-option.js';
import type { FunnelPick } from './funnel-people.js';

export interface FunnelChartProps {
  result: FunnelResult;
  showBreakdown: boolean;
  onPick(pick: FunnelPick): void;
}

/** The funnel's bars; a click on a bar (or its hatched drop-off) picks that number. */
export function FunnelChart({ result, showBreakdown, onPick }: FunnelChartProps) {
  const hasBreakdown = showBreakdown && result.breakdowns.length > 0;
  const option = useMemo(
    () => (hasBreakdown ? funnelBreakdownOption(result) : funnelChartOption(result)),
    [result, hasBreakdown],
  );
  return (
    <EChart
      option={option}
      height={hasBreakdown ? 360 : 340}
      label="Funnel: people per step"
      testId="funnel-chart"
      onClick={(event) => {
        const seriesIndex = event.seriesIndex ?? 0;
        if (hasBreakdown) {
          const breakdown = result.breakdowns.slice(0, MAX_CHART_BREAKDOWNS)[seriesIndex];
          if (breakdown !== undefined) onPick({ step: event.dataIndex, breakdown: breakdown.value });
          return;
        }
        onPick({ step: event.dataIndex, isDropped: seriesIndex === DROPPED_SERIES });
      }}
    />
  );
}
