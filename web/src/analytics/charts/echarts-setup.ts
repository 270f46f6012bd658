// The parts of Apache ECharts the analytics pages use, registered once. Importing from
// `echarts/core` plus these modules keeps the rest of the library out of the bundle.
import { BarChart, LineChart, SankeyChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([
  BarChart,
  LineChart,
  SankeyChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { init } from 'echarts/core';
export type { ECElementEvent, EChartsCoreOption, EChartsType } from 'echarts/core';
