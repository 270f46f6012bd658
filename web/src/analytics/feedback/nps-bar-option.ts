import type { SurveyMetrics } from '../../api-client/analytics-insight-results.js';
import { BASE_TEXT, CHART_COLORS, TOOLTIP_STYLE } from '../charts/chart-theme.js';
import type { EChartsCoreOption } from '../charts/echarts-setup.js';
import { formatCount, formatPercent } from '../format/format-number.js';
import { NPS_GROUPS } from './survey-groups.js';

/** Promoters, passives and detractors as one stacked bar; series index = position in NPS_GROUPS. */
export function npsBarOption(nps: SurveyMetrics['nps']): EChartsCoreOption {
  const total = nps.responses;
  const shown = NPS_GROUPS.map((group, index) => ({ group, index })).filter(
    ({ group }) => nps[group.answer] > 0,
  );
  const firstIndex = shown[0]?.index;
  const lastIndex = shown[shown.length - 1]?.index;
  const share = (count: number) => (total === 0 ? null : count / total);
  return {
    textStyle: BASE_TEXT,
    grid: { left: 0, right: 0, top: 0, bottom: 0 },
    tooltip: {
      ...TOOLTIP_STYLE,
      trigger: 'item',
      formatter: (item: { seriesIndex: number }) => {
        const group = NPS_GROUPS[item.seriesIndex];
        if (group === undefined) return '';
        const count = nps[group.answer];
        return `${group.label} <span style="color:${CHART_COLORS.muted}">(${group.scores})</span><br/><b>${formatCount(count)}</b> · ${formatPercent(share(count))}<div style="color:${CHART_COLORS.faint};margin-top:4px;font-size:11.5px">Click to see the people</div>`;
      },
    },
    xAxis: { type: 'value', max: Math.max(total, 1), show: false },
    yAxis: { type: 'category', data: ['NPS'], show: false },
    series: NPS_GROUPS.map((group, index) => {
      const radius = [
        index === firstIndex ? 6 : 0,
        index === lastIndex ? 6 : 0,
        index === lastIndex ? 6 : 0,
        index === firstIndex ? 6 : 0,
      ];
      return {
        type: 'bar',
        name: group.label,
        stack: 'nps',
        data: [nps[group.answer]],
        barWidth: 40,
        itemStyle: { color: group.color, borderRadius: radius, borderColor: '#fff', borderWidth: 1 },
        label: {
          show: (share(nps[group.answer]) ?? 0) >= 0.08,
          position: 'inside',
          formatter: () => formatPercent(share(nps[group.answer]), { whole: true }),
          color: group.answer === 'passives' ? CHART_COLORS.text : '#fff',
          fontWeight: 600,
          fontSize: 12.5,
        },
        emphasis: { focus: 'self' },
        cursor: 'pointer',
      };
    }),
  };
}
