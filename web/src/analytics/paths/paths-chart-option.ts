import type { PathsResult } from '../../api-client/analytics-results.js';
import {
  BASE_TEXT,
  CHART_COLORS,
  FONT_FAMILY,
  SERIES_PALETTE,
  TOOLTIP_STYLE,
} from '../charts/chart-theme.js';
import type { EChartsCoreOption } from '../charts/echarts-setup.js';
import { formatCount } from '../format/format-number.js';
import { escapeHtml } from '../trends/trends-chart-option.js';
import { itemLabel, parsePathNode } from './path-names.js';

/** A sankey of the edges: one column per step, nodes coloured by item so a page keeps its colour. */
export function pathsChartOption(result: PathsResult): EChartsCoreOption {
  const ids = new Set<string>();
  for (const edge of result.edges) ids.add(edge.from).add(edge.to);
  const nodes = [...ids].map(parsePathNode);
  const firstStep = Math.min(...nodes.map((node) => node.step));
  const items = [...new Set(nodes.map((node) => node.item))];
  const colorOf = (item: string) =>
    SERIES_PALETTE[items.indexOf(item) % SERIES_PALETTE.length] ?? CHART_COLORS.accent;
  return {
    textStyle: BASE_TEXT,
    tooltip: {
      ...TOOLTIP_STYLE,
      trigger: 'item',
      formatter: (item: {
        dataType: string;
        data: { source?: string; target?: string; value?: number; name?: string };
      }) => {
        const hint = `<div style="color:${CHART_COLORS.faint};margin-top:4px">Click to see the people</div>`;
        if (item.dataType === 'edge') {
          const from = parsePathNode(item.data.source ?? '');
          const to = parsePathNode(item.data.target ?? '');
          return `${escapeHtml(itemLabel(from.item))} → ${escapeHtml(itemLabel(to.item))}<br/><b>${formatCount(item.data.value)}</b> transitions (steps ${from.step}→${to.step})${hint}`;
        }
        const node = parsePathNode(item.data.name ?? '');
        return `Step ${node.step}: <b>${escapeHtml(itemLabel(node.item))}</b>${hint}`;
      },
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 160,
        top: 12,
        bottom: 12,
        nodeWidth: 12,
        nodeGap: 10,
        layoutIterations: 48,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        data: nodes.map((node) => ({
          name: node.id,
          depth: node.step - firstStep,
          itemStyle: { color: colorOf(node.item), borderWidth: 0 },
        })),
        links: result.edges.map((edge) => ({ source: edge.from, target: edge.to, value: edge.count })),
        lineStyle: { color: 'gradient', opacity: 0.28, curveness: 0.5 },
        label: {
          fontFamily: FONT_FAMILY,
          fontSize: 12,
          color: CHART_COLORS.text,
          width: 150,
          overflow: 'truncate',
          formatter: (item: { name: string }) => itemLabel(parsePathNode(item.name).item),
        },
        cursor: 'pointer',
      },
    ],
  };
}
