import type { CalendarPeriod } from '../../api-client/analytics-queries.js';
import type { LifecycleStatus } from '../../api-client/analytics-cells.js';
import type { LifecyclePeriod } from '../../api-client/analytics-results.js';
import { BASE_TEXT, CHART_COLORS, categoryAxis, TOOLTIP_STYLE, valueAxis } from '../charts/chart-theme.js';
import type { EChartsCoreOption } from '../charts/echarts-setup.js';
import { formatCompactCount, formatCount, formatDecimal } from '../format/format-number.js';
import { formatPeriod, formatPeriodLong } from '../format/format-period.js';

export interface StatusStyle {
  status: LifecycleStatus;
  label: string;
  color: string;
  help: string;
}

/** Drawn in this order: the three active states stack up, dormant hangs below the axis. */
export const LIFECYCLE_STATUSES: readonly StatusStyle[] = [
  { status: 'new', label: 'New', color: '#12b76a', help: 'First active in this period' },
  {
    status: 'returning',
    label: 'Returning',
    color: '#5b5bd6',
    help: 'Active in this period and the one before',
  },
  {
    status: 'resurrecting',
    label: 'Resurrecting',
    color: '#f79009',
    help: 'Active again after at least one quiet period',
  },
  {
    status: 'dormant',
    label: 'Dormant',
    color: '#f04438',
    help: 'Active in the period before, not in this one',
  },
];

/** Stacked bars per period; series index = position in LIFECYCLE_STATUSES. */
export function lifecycleChartOption(periods: LifecyclePeriod[], period: CalendarPeriod): EChartsCoreOption {
  return {
    textStyle: BASE_TEXT,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, icon: 'roundRect', itemWidth: 10, itemHeight: 10, textStyle: BASE_TEXT },
    tooltip: {
      ...TOOLTIP_STYLE,
      trigger: 'axis',
      axisPointer: { type: 'shadow', shadowStyle: { color: 'rgba(91, 91, 214, 0.06)' } },
      formatter: (items: Array<{ dataIndex: number }>) => {
        const index = items[0]?.dataIndex ?? 0;
        const row = periods[index];
        if (row === undefined) return '';
        const lines = LIFECYCLE_STATUSES.map(
          (style) =>
            `<span style="display:inline-block;width:8px;height:8px;border-radius:2px;background:${style.color};margin-right:6px"></span>${style.label}<b style="float:right;margin-left:18px">${formatCount(Math.abs(row[style.status]))}</b>`,
        );
        const pulse =
          row.pulse === null || row.pulse === undefined
            ? ''
            : `<div style="color:${CHART_COLORS.muted};margin-top:6px">Pulse ${formatDecimal(row.pulse)}</div>`;
        return `<div style="font-weight:600;margin-bottom:4px">${formatPeriodLong(row.start, period)}</div>${lines.join('<br/>')}${pulse}`;
      },
    },
    xAxis: categoryAxis(periods.map((row) => formatPeriod(row.start, period))),
    yAxis: valueAxis((value) => formatCompactCount(Math.abs(value))),
    series: LIFECYCLE_STATUSES.map((style) => ({
      type: 'bar',
      name: style.label,
      stack: style.status === 'dormant' ? 'below' : 'above',
      data: periods.map((row) => row[style.status]),
      itemStyle: { color: style.color, borderRadius: style.status === 'dormant' ? [0, 0, 3, 3] : 0 },
      barMaxWidth: 48,
      emphasis: { focus: 'series' },
      cursor: 'pointer',
    })),
  };
}
