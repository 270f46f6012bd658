import type { SurveyType } from '../../api-client/analytics-cells.js';
import type { SurveyMetrics } from '../../api-client/analytics-insight-results.js';
import type { CalendarPeriod } from '../../api-client/analytics-queries.js';
import { BASE_TEXT, CHART_COLORS, categoryAxis, TOOLTIP_STYLE, valueAxis } from '../charts/chart-theme.js';
import type { EChartsCoreOption } from '../charts/echarts-setup.js';
import { formatCompactCount, formatCount, formatDecimal, formatPercent } from '../format/format-number.js';
import { formatPeriod, formatPeriodLong } from '../format/format-period.js';
import { formatNps, SURVEY_LABELS } from './survey-groups.js';

interface MetricStyle {
  score(metrics: SurveyMetrics): number | null;
  answers(metrics: SurveyMetrics): number;
  format(value: number | null): string;
  /** The whole scale, so that one good week does not look like a jump. */
  min: number;
  max: number;
}

export const TREND_METRICS: Record<SurveyType, MetricStyle> = {
  nps: {
    score: (m) => m.nps.score,
    answers: (m) => m.nps.responses,
    format: formatNps,
    min: -100,
    max: 100,
  },
  csat: {
    score: (m) => m.csat.score,
    answers: (m) => m.csat.responses,
    format: (v) => formatPercent(v, { whole: true }),
    min: 0,
    max: 1,
  },
  ces: {
    score: (m) => m.ces.score,
    answers: (m) => m.ces.respondents,
    format: (v) => formatDecimal(v),
    min: 1,
    max: 7,
  },
};

/** The chosen score per period (a gap where nobody answered) over light bars of answers. */
export function surveyTrendOption(
  periods: ReadonlyArray<SurveyMetrics & { start: string }>,
  type: SurveyType,
  period: CalendarPeriod,
): EChartsCoreOption {
  const style = TREND_METRICS[type];
  const label = SURVEY_LABELS[type];
  return {
    textStyle: BASE_TEXT,
    grid: { left: 8, right: 12, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, icon: 'roundRect', itemWidth: 12, itemHeight: 8, textStyle: BASE_TEXT },
    tooltip: {
      ...TOOLTIP_STYLE,
      trigger: 'axis',
      axisPointer: { type: 'line', lineStyle: { color: CHART_COLORS.axis } },
      formatter: (items: Array<{ dataIndex: number }>) => {
        const row = periods[items[0]?.dataIndex ?? -1];
        if (row === undefined) return '';
        return `<div style="font-weight:600;margin-bottom:4px">${formatPeriodLong(row.start, period)}</div>${label} <b style="float:right;margin-left:16px">${style.format(style.score(row))}</b><br/>Answers <b style="float:right;margin-left:16px">${formatCount(style.answers(row))}</b><div style="color:${CHART_COLORS.faint};margin-top:6px;font-size:11.5px">Click to see the respondents</div>`;
      },
    },
    xAxis: { ...categoryAxis(periods.map((row) => formatPeriod(row.start, period))), boundaryGap: true },
    yAxis: [
      valueAxis((value) => style.format(value), { min: style.min, max: style.max }),
      valueAxis(formatCompactCount, { minInterval: 1, splitLine: { show: false } }),
    ],
    series: [
      {
        type: 'line',
        name: label,
        data: periods.map((row) => style.score(row) ?? '-'),
        yAxisIndex: 0,
        z: 3,
        symbol: 'circle',
        symbolSize: 7,
        showSymbol: periods.length <= 60,
        lineStyle: { width: 2, color: CHART_COLORS.accent },
        itemStyle: { color: CHART_COLORS.accent },
        cursor: 'pointer',
      },
      {
        type: 'bar',
        name: 'Answers',
        data: periods.map((row) => style.answers(row)),
        yAxisIndex: 1,
        z: 1,
        barMaxWidth: 18,
        itemStyle: { color: CHART_COLORS.accentSoft, borderRadius: [3, 3, 0, 0] },
        cursor: 'pointer',
      },
    ],
  };
}
