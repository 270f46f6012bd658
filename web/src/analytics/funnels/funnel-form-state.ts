import type { FunnelOrder, FunnelQuery, ReportScope, TimeUnit } from '../../api-client/analytics-queries.js';
import type { SelectOption } from '../forms/form-field.js';

/** What the funnel builder edits; `breakdown` '' means none. */
export interface FunnelForm {
  steps: string[];
  order: FunnelOrder;
  windowValue: number;
  windowUnit: TimeUnit;
  breakdown: string;
  attribution: string;
}

export const DEFAULT_FUNNEL: FunnelForm = {
  steps: ['Product Viewed', 'Product Added', 'Checkout Started', 'Order Completed'],
  order: 'ordered',
  windowValue: 14,
  windowUnit: 'day',
  breakdown: '',
  attribution: 'first_touch',
};

export const ORDER_OPTIONS: ReadonlyArray<SelectOption<FunnelOrder>> = [
  { value: 'ordered', label: 'In this order' },
  { value: 'strict', label: 'Strictly in a row' },
  { value: 'unordered', label: 'In any order' },
];

export const WINDOW_UNITS: ReadonlyArray<SelectOption<TimeUnit>> = [
  { value: 'minute', label: 'minutes' },
  { value: 'hour', label: 'hours' },
  { value: 'day', label: 'days' },
  { value: 'week', label: 'weeks' },
  { value: 'month', label: 'months' },
];

/** Attribution choices for a funnel with `stepCount` steps. */
export function attributionOptions(stepCount: number): Array<SelectOption<string>> {
  return [
    { value: 'first_touch', label: 'First touch' },
    { value: 'last_touch', label: 'Last touch' },
    { value: 'all_events', label: 'Any step' },
    ...Array.from({ length: stepCount }, (_, k) => ({ value: `step:${k}`, label: `Step ${k + 1}` })),
  ];
}

/** The request body; blank steps are left out and the server judges the rest. */
export function funnelQuery(form: FunnelForm, scope: ReportScope): FunnelQuery {
  const steps = form.steps.map((step) => step.trim()).filter((step) => step !== '');
  const breakdown = form.breakdown.trim();
  return {
    ...scope,
    steps: steps.map((event) => ({ event })),
    order: form.order,
    window: { value: Number.isFinite(form.windowValue) ? form.windowValue : 0, unit: form.windowUnit },
    ...(breakdown === '' ? {} : { breakdown: { property: breakdown, attribution: form.attribution } }),
  };
}
