import type { CalendarPeriod } from '../../api-client/analytics-queries.js';
import {
  BASE_TEXT,
  CHART_COLORS,
  categoryAxis,
  SERIES_PALETTE,
  TOOLTIP_STYLE,
  valueAxis,
} from '../charts/chart-theme.js';
import type { EChartsCoreOption } from '../charts/echarts-setup.js';
import { formatPeriod, formatPeriodLong } from '../format/format-period.js';

export interface ChartLine {
  label: string;
  values: number[];
  /** 0 = left axis, 1 = right axis. */
  axis: 0 | 1;
  format(value: number): string;
  /** Fill under the line (one line per chart looks best). */
  hasArea?: boolean;
  /** Draw as light bars behind the lines (e.g. a count beside a money line). */
  isBar?: boolean;
}

export interface TrendsChartInput {
  starts: string[];
  period: CalendarPeriod;
  lines: ChartLine[];
  /** Formats of the left and right axes (right only when a line uses it). */
  axisFormats: [(value: number) => string, ((value: number) => string)?];
}

/** Lines over time; every point is clickable (the hook's click handler gets seriesIndex and dataIndex). */
export function trendsChartOption({
  starts,
  period,
  lines,
  axisFormats,
}: TrendsChartInput): EChartsCoreOption {
  const [leftFormat, rightFormat] = axisFormats;
  const isRightUsed = rightFormat !== undefined && lines.some((line) => line.axis === 1);
  return {
    textStyle: BASE_TEXT,
    color: SERIES_PALETTE,
    grid: { left: 8, right: 12, top: lines.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
    legend:
      lines.length > 1
        ? {
            // One scrolling row: a breakdown can add dozens of lines.
            type: 'scroll',
            top: 0,
            left: 0,
            right: 0,
            icon: 'roundRect',
            itemWidth: 12,
            itemHeight: 8,
            textStyle: { ...BASE_TEXT, lineHeight: 16 },
          }
        : undefined,
    tooltip: {
      ...TOOLTIP_STYLE,
      trigger: 'axis',
      axisPointer: { type: 'line', lineStyle: { color: CHART_COLORS.axis } },
      formatter: (items: Array<{ dataIndex: number; seriesIndex: number; marker: string }>) => {
        const first = items[0];
        if (first === undefined) return '';
        const rows = items.map((item) => {
          const line = lines[item.seriesIndex];
          const value = line?.values[item.dataIndex] ?? 0;
          return `${item.marker} ${escapeHtml(line?.label ?? '')} <b style="float:right;margin-left:16px">${line?.format(value) ?? value}</b>`;
        });
        const when = formatPeriodLong(starts[first.dataIndex] ?? '', period);
        return `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(when)}</div>${rows.join('<br/>')}<div style="color:${CHART_COLORS.faint};margin-top:6px;font-size:11.5px">Click a point to see the people</div>`;
      },
    },
    xAxis: {
      ...categoryAxis(starts.map((start) => formatPeriod(start, period))),
      boundaryGap: lines.some((line) => line.isBar === true),
    },
    yAxis: [
      valueAxis(leftFormat),
      ...(isRightUsed ? [valueAxis(rightFormat, { splitLine: { show: false } })] : []),
    ],
    series: lines.map((line, index) => {
      const color = SERIES_PALETTE[index % SERIES_PALETTE.length] ?? CHART_COLORS.accent;
      const common = {
        name: line.label,
        data: line.values,
        yAxisIndex: isRightUsed ? line.axis : 0,
        cursor: 'pointer',
      };
      if (line.isBar === true) {
        return {
          ...common,
          type: 'bar',
          z: 1,
          barMaxWidth: 18,
          itemStyle: { color: CHART_COLORS.accentSoft, borderRadius: [3, 3, 0, 0] },
          emphasis: { itemStyle: { color } },
        };
      }
      return {
        ...common,
        type: 'line',
        z: 3,
        smooth: 0.2,
        smoothMonotone: 'x',
        showSymbol: line.values.length <= 60,
        symbolSize: lines.length > 6 ? 4 : 6,
        symbol: 'circle',
        lineStyle: { width: 2 },
        emphasis: { focus: 'series', scale: 1.6 },
        areaStyle: line.hasArea === true ? { color: areaGradient(color) } : undefined,
      };
    }),
  };
}

function areaGradient(color: string) {
  return {
    type: 'linear',
    x: 0,
    y: 0,
    x2: 0,
    y2: 1,
    colorStops: [
      { offset: 0, color: `${color}33` },
      { offset: 1, color: `${color}00` },
    ],
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
