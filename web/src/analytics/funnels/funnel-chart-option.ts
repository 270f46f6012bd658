import type { FunnelResult, FunnelStepResult } from '../../api-client/analytics-results.js';
import {
  BASE_TEXT,
  CHART_COLORS,
  categoryAxis,
  FONT_FAMILY,
  SERIES_PALETTE,
  TOOLTIP_STYLE,
  valueAxis,
} from '../charts/chart-theme.js';
import type { EChartsCoreOption } from '../charts/echarts-setup.js';
import { formatCompactCount, formatCount, formatPercent } from '../format/format-number.js';
import { escapeHtml } from '../trends/trends-chart-option.js';

/** Series 0 of the plain funnel: people who reached the step; series 1: who dropped just before it. */
export const REACHED_SERIES = 0;
export const DROPPED_SERIES = 1;
/** Breakdown values drawn as bars; the table lists them all. */
export const MAX_CHART_BREAKDOWNS = 8;

export function stepLabel(step: FunnelStepResult, index: number): string {
  return `${index + 1}. ${step.name}`;
}

/**
 * One stacked bar per step: the people who reached it (solid), topped by those who reached the
 * step before but not this one (hatched), so each bar is as tall as the step before it.
 */
export function funnelChartOption(result: FunnelResult): EChartsCoreOption {
  const steps = result.steps;
  const dropped = steps.map((step, k) =>
    k === 0 ? 0 : Math.max(0, (steps[k - 1]?.count ?? 0) - step.count),
  );
  const maxCount = Math.max(1, ...steps.map((step) => step.count));
  return {
    textStyle: BASE_TEXT,
    grid: { left: 8, right: 8, top: 44, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_STYLE,
      trigger: 'item',
      formatter: (item: { dataIndex: number; seriesIndex: number }) => {
        const step = steps[item.dataIndex];
        if (step === undefined) return '';
        const title = `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(stepLabel(step, item.dataIndex))}</div>`;
        if (item.seriesIndex === DROPPED_SERIES) {
          const previous = steps[item.dataIndex - 1];
          return `${title}<b>${formatCount(dropped[item.dataIndex])}</b> dropped off after ${escapeHtml(previous?.name ?? '')}<br/>${formatPercent(1 - step.stepConversion)} of the step before<br/><span style="color:${CHART_COLORS.faint}">Click to see who</span>`;
        }
        return `${title}<b>${formatCount(step.count)}</b> people · ${formatPercent(step.overallConversion)} of step 1<br/>${formatPercent(step.stepConversion)} from the step before<br/><span style="color:${CHART_COLORS.faint}">Click to see who</span>`;
      },
    },
    xAxis: {
      ...categoryAxis(steps.map(stepLabel)),
      axisLabel: {
        ...categoryAxis([]).axisLabel,
        interval: 0,
        width: 150,
        overflow: 'truncate',
        color: CHART_COLORS.text,
        fontWeight: 550,
      },
    },
    yAxis: valueAxis(formatCompactCount),
    series: [
      {
        type: 'bar',
        name: 'Reached the step',
        stack: 'funnel',
        data: steps.map((step) => ({ value: step.count, label: { show: step.count >= maxCount * 0.06 } })),
        barMaxWidth: 120,
        itemStyle: { color: CHART_COLORS.accent, borderRadius: [0, 0, 4, 4] },
        emphasis: { itemStyle: { color: '#4a4ac4' } },
        label: {
          show: true,
          position: 'insideBottom',
          distance: 10,
          color: '#fff',
          fontFamily: FONT_FAMILY,
          fontWeight: 650,
          fontSize: 13,
          formatter: (item: { dataIndex: number }) => formatCount(steps[item.dataIndex]?.count),
        },
        cursor: 'pointer',
      },
      {
        type: 'bar',
        name: 'Dropped off',
        stack: 'funnel',
        data: dropped.map((value) => ({
          value,
          // Only a segment tall enough for the text gets a label.
          label: { show: value >= maxCount * 0.12 },
        })),
        barMaxWidth: 120,
        itemStyle: {
          color: '#e4e5fb',
          borderRadius: [4, 4, 0, 0],
          decal: {
            symbol: 'rect',
            dashArrayX: [1, 0],
            dashArrayY: [3, 5],
            rotation: -Math.PI / 4,
            color: '#c7c9f5',
          },
        },
        emphasis: { itemStyle: { color: '#d5d6f8' } },
        label: {
          position: 'inside',
          fontFamily: FONT_FAMILY,
          fontSize: 12,
          fontWeight: 600,
          color: '#3538a8',
          backgroundColor: 'rgba(255, 255, 255, 0.85)',
          padding: [3, 6],
          borderRadius: 4,
          formatter: (item: { dataIndex: number }) => `−${formatCount(dropped[item.dataIndex])}`,
        },
        cursor: 'pointer',
      },
      {
        // Zero-height bars on top of each stack, only to carry the overall conversion label.
        type: 'bar',
        name: 'Overall conversion',
        stack: 'funnel',
        silent: true,
        data: steps.map(() => 0),
        barMaxWidth: 120,
        label: {
          show: true,
          position: 'top',
          fontFamily: FONT_FAMILY,
          formatter: (item: { dataIndex: number }) =>
            `{rate|${formatPercent(steps[item.dataIndex]?.overallConversion)}}`,
          rich: {
            rate: { fontSize: 15, fontWeight: 700, color: CHART_COLORS.text, fontFamily: FONT_FAMILY },
          },
        },
        tooltip: { show: false },
      },
    ],
  };
}

/** Grouped bars: for each step, one bar per breakdown value (the first MAX_CHART_BREAKDOWNS). */
export function funnelBreakdownOption(result: FunnelResult): EChartsCoreOption {
  const values = result.breakdowns.slice(0, MAX_CHART_BREAKDOWNS);
  return {
    textStyle: BASE_TEXT,
    color: SERIES_PALETTE,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, icon: 'roundRect', itemWidth: 10, itemHeight: 10, textStyle: BASE_TEXT },
    tooltip: { ...TOOLTIP_STYLE, trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: categoryAxis(result.steps.map(stepLabel)),
    yAxis: valueAxis(formatCompactCount),
    series: values.map((breakdown) => ({
      type: 'bar',
      name: breakdown.value ?? '(none)',
      data: breakdown.steps.map((step) => step.count),
      barMaxWidth: 28,
      itemStyle: { borderRadius: [3, 3, 0, 0] },
      cursor: 'pointer',
    })),
  };
}
