import { useEffect, useRef, type RefObject } from 'react';
import { init, type ECElementEvent, type EChartsCoreOption, type EChartsType } from './echarts-setup.js';

/**
 * Draws `option` in the returned div: the chart is created on mount, redrawn (not merged) when
 * `option` changes, resized with its box, and disposed on unmount. `onClick` gets the clicked
 * data item; the latest handler is used without re-binding.
 */
export function useEChart(
  option: EChartsCoreOption,
  onClick?: (event: ECElementEvent) => void,
): RefObject<HTMLDivElement | null> {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const onClickRef = useRef(onClick);
  useEffect(() => {
    onClickRef.current = onClick;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return undefined;
    const chart = init(container, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (event) => onClickRef.current?.(event));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    // Quick transitions: a report that changes should settle before the eye looks for it.
    chartRef.current?.setOption(
      { animationDuration: 400, animationDurationUpdate: 300, ...option },
      { notMerge: true },
    );
  }, [option]);

  return containerRef;
}
