import type { CalendarPeriod, ReportScope, TrendsQuery } from '../../api-client/analytics-queries.js';
import type { SelectOption } from '../forms/form-field.js';

export type MathKind = 'total' | 'unique_actors' | 'sum' | 'avg';

export interface TrendsSeriesForm {
  event: string;
  math: MathKind;
  /** The numeric property of `sum` and `avg`. */
  property: string;
}

export interface TrendsForm {
  series: TrendsSeriesForm[];
  /** 'auto' picks from the length of the range. */
  interval: CalendarPeriod | 'auto';
  breakdown: string;
}

export const DEFAULT_TRENDS: TrendsForm = {
  series: [
    { event: 'Product Viewed', math: 'unique_actors', property: '' },
    { event: 'Order Completed', math: 'unique_actors', property: '' },
  ],
  interval: 'auto',
  breakdown: '',
};

export const MATH_OPTIONS: ReadonlyArray<SelectOption<MathKind>> = [
  { value: 'total', label: 'Total events' },
  { value: 'unique_actors', label: 'Unique people' },
  { value: 'sum', label: 'Sum of property' },
  { value: 'avg', label: 'Average of property' },
];

export const INTERVAL_OPTIONS: ReadonlyArray<SelectOption<CalendarPeriod | 'auto'>> = [
  { value: 'auto', label: 'Auto' },
  { value: 'hour', label: 'Hour' },
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
];

export function mathOf(series: TrendsSeriesForm): string {
  return series.math === 'sum' || series.math === 'avg'
    ? `${series.math}:${series.property.trim()}`
    : series.math;
}

/** What a line measures, in words: "Unique people", "Sum of revenue". */
export function describeMath(math: string | undefined): string {
  if (math === undefined || math === 'total') return 'Total events';
  if (math === 'unique_actors') return 'Unique people';
  const [kind, property] = [math.slice(0, math.indexOf(':')), math.slice(math.indexOf(':') + 1)];
  return `${kind === 'sum' ? 'Sum' : 'Average'} of ${property}`;
}

export function trendsQuery(form: TrendsForm, scope: ReportScope, interval: CalendarPeriod): TrendsQuery {
  const breakdown = form.breakdown.trim();
  return {
    ...scope,
    series: form.series.map((series) => ({
      event: series.event.trim() === '' ? null : series.event.trim(),
      math: mathOf(series),
    })),
    interval,
    ...(breakdown === '' ? {} : { breakdown: { property: breakdown } }),
  };
}
