import type { EChartsCoreOption, ECElementEvent } from './echarts-setup.js';
import { useEChart } from './use-echart.js';

export interface EChartProps {
  option: EChartsCoreOption;
  onClick?: (event: ECElementEvent) => void;
  /** CSS height of the chart box. @default 320 */
  height?: number;
  label: string;
  testId?: string;
}

/** A chart box; the option should be memoised so the chart only redraws when data changes. */
export function EChart({ option, onClick, height = 320, label, testId }: EChartProps) {
  const ref = useEChart(option, onClick);
  return (
    <div ref={ref} className="echart" style={{ height }} role="img" aria-label={label} data-testid={testId} />
  );
}
