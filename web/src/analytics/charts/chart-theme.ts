// Colours and text styles shared by every chart, matching the app's design tokens (styles.css).

export const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

export const CHART_COLORS = {
  accent: '#5b5bd6',
  accentSoft: '#c7c9f5',
  text: '#111827',
  muted: '#6b7280',
  faint: '#9ca3af',
  grid: '#eef0f3',
  axis: '#d0d5dd',
  green: '#12b76a',
  amber: '#f79009',
  rose: '#f04438',
  sky: '#2e90fa',
};

/** Series colours in order: accent first, then distinct hues that stay readable on white. */
export const SERIES_PALETTE = [
  '#5b5bd6',
  '#12b76a',
  '#f79009',
  '#2e90fa',
  '#ee46bc',
  '#15b79e',
  '#875bf7',
  '#f04438',
  '#667085',
  '#84cc16',
];

export const BASE_TEXT = { fontFamily: FONT_FAMILY, color: CHART_COLORS.muted, fontSize: 12 };

export const TOOLTIP_STYLE = {
  backgroundColor: '#ffffff',
  borderColor: '#e5e7eb',
  borderWidth: 1,
  padding: [8, 12],
  textStyle: { fontFamily: FONT_FAMILY, color: CHART_COLORS.text, fontSize: 12.5 },
  extraCssText: 'box-shadow: 0 12px 32px rgb(16 24 40 / 0.1); border-radius: 8px;',
};

/** A category x axis with light labels and no tick clutter. */
export function categoryAxis(labels: string[]) {
  return {
    type: 'category',
    data: labels,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: CHART_COLORS.axis } },
    axisLabel: { color: CHART_COLORS.muted, fontFamily: FONT_FAMILY, fontSize: 12 },
  };
}

/** A value axis with dashed grid lines and compact labels. */
export function valueAxis(format: (value: number) => string, extra: Record<string, unknown> = {}) {
  return {
    type: 'value',
    splitLine: { lineStyle: { color: CHART_COLORS.grid, type: 'dashed' } },
    axisLabel: { color: CHART_COLORS.faint, fontFamily: FONT_FAMILY, fontSize: 11.5, formatter: format },
    ...extra,
  };
}
