import type { ClvCustomer } from '../../api-client/analytics-results.js';
import { BASE_TEXT, CHART_COLORS, categoryAxis, TOOLTIP_STYLE, valueAxis } from '../charts/chart-theme.js';
import type { EChartsCoreOption } from '../charts/echarts-setup.js';
import {
  formatAgo,
  formatCount,
  formatDecimal,
  formatMoney,
  formatPercent,
} from '../format/format-number.js';

const BINS = 16;

/** Customers per predicted-CLV band; the top 1% share the last band so outliers do not flatten it. */
export function clvHistogramOption(customers: ClvCustomer[]): EChartsCoreOption {
  const values = customers
    .map((customer) => customer.clv)
    .filter((clv): clv is number => clv !== null)
    .sort((a, b) => a - b);
  const top = values[Math.floor((values.length - 1) * 0.99)] ?? 0;
  const width = top > 0 ? niceStep(top / BINS) : 1;
  const counts = new Array<number>(BINS).fill(0);
  for (const value of values) counts[Math.min(BINS - 1, Math.floor(value / width))]! += 1;
  const labels = counts.map((_, i) =>
    i === BINS - 1 ? `${formatMoney(i * width, 'whole')}+` : formatMoney(i * width, 'whole'),
  );
  return {
    textStyle: BASE_TEXT,
    grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      ...TOOLTIP_STYLE,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: Array<{ dataIndex: number }>) => {
        const i = items[0]?.dataIndex ?? 0;
        const range =
          i === BINS - 1
            ? `${formatMoney(i * width, 'whole')} or more`
            : `${formatMoney(i * width, 'whole')} – ${formatMoney((i + 1) * width, 'whole')}`;
        return `${range}<br/><b>${formatCount(counts[i])}</b> customers`;
      },
    },
    xAxis: categoryAxis(labels),
    yAxis: valueAxis(formatCount, { minInterval: 1 }),
    series: [
      {
        type: 'bar',
        data: counts,
        barCategoryGap: '12%',
        itemStyle: { color: CHART_COLORS.accent, borderRadius: [3, 3, 0, 0] },
      },
    ],
  };
}

/** P(alive) against time since the last purchase; dot size grows with predicted CLV. */
export function aliveScatterOption(customers: ClvCustomer[], unit: 'day' | 'week'): EChartsCoreOption {
  const points = customers
    .filter((customer) => customer.pAlive !== null)
    .map((customer) => ({ value: [customer.T - customer.recency, customer.pAlive ?? 0], customer }));
  const maxClv = Math.max(1, ...customers.map((customer) => customer.clv ?? 0));
  return {
    textStyle: BASE_TEXT,
    grid: { left: 8, right: 16, top: 16, bottom: 28, containLabel: true },
    tooltip: {
      ...TOOLTIP_STYLE,
      trigger: 'item',
      formatter: (item: { dataIndex: number }) => {
        const customer = points[item.dataIndex]?.customer;
        if (customer === undefined) return '';
        return `P(alive) <b>${formatPercent(customer.pAlive)}</b><br/>Last purchase ${formatAgo(customer.T - customer.recency, unit)}<br/>Predicted CLV <b>${formatMoney(customer.clv)}</b><div style="color:${CHART_COLORS.faint};margin-top:4px">Click to open the profile</div>`;
      },
    },
    xAxis: valueAxis((value) => formatDecimal(value), {
      name: `${unit}s since last purchase`,
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: BASE_TEXT,
    }),
    yAxis: valueAxis((value) => formatPercent(value, { whole: true }), { min: 0, max: 1 }),
    series: [
      {
        type: 'scatter',
        data: points.map((point) => point.value),
        symbolSize: (_: unknown, params: { dataIndex: number }) =>
          5 + 13 * Math.sqrt((points[params.dataIndex]?.customer.clv ?? 0) / maxClv),
        itemStyle: { color: CHART_COLORS.accent, opacity: 0.45, borderColor: '#4a4ac4', borderWidth: 0.5 },
        emphasis: { itemStyle: { opacity: 1 } },
        cursor: 'pointer',
      },
    ],
  };
}

/** 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw) ?? 10;
  return step * power;
}
