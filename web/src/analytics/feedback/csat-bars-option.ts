import type { SurveyMetrics } from '../../api-client/analytics-insight-results.js';
import { BASE_TEXT, CHART_COLORS, categoryAxis, TOOLTIP_STYLE, valueAxis } from '../charts/chart-theme.js';
import type { EChartsCoreOption } from '../charts/echarts-setup.js';
import { formatCompactCount, formatCount, formatPercent } from '../format/format-number.js';
import { CSAT_LEVELS } from './survey-groups.js';

/** The five CSAT levels as bars, 1 to 5; data index = position in CSAT_LEVELS. */
export function csatBarsOption(csat: SurveyMetrics['csat']): EChartsCoreOption {
  const share = (count: number) => (csat.responses === 0 ? null : count / csat.responses);
  return {
    textStyle: BASE_TEXT,
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_STYLE,
      trigger: 'item',
      formatter: (item: { dataIndex: number }) => {
        const level = CSAT_LEVELS[item.dataIndex];
        if (level === undefined) return '';
        const count = csat[level.answer];
        return `${level.scores} · ${level.label}<br/><b>${formatCount(count)}</b> · ${formatPercent(share(count))}<div style="color:${CHART_COLORS.faint};margin-top:4px;font-size:11.5px">Click to see the people</div>`;
      },
    },
    xAxis: {
      ...categoryAxis(CSAT_LEVELS.map((level) => level.label)),
      // Two lines at most: the names are longer than a narrow bar slot.
      axisLabel: {
        color: CHART_COLORS.muted,
        fontSize: 11.5,
        interval: 0,
        width: 72,
        overflow: 'break',
        lineHeight: 14,
      },
    },
    yAxis: valueAxis(formatCompactCount, { minInterval: 1 }),
    series: [
      {
        type: 'bar',
        data: CSAT_LEVELS.map((level) => ({
          value: csat[level.answer],
          itemStyle: { color: level.color, borderRadius: [4, 4, 0, 0] },
        })),
        barMaxWidth: 56,
        cursor: 'pointer',
      },
    ],
  };
}
