import type { CalendarPeriod, ReportScope, RetentionQuery } from '../../api-client/analytics-queries.js';
import type { SelectOption } from '../forms/form-field.js';

export type CohortMode = NonNullable<RetentionQuery['cohortMode']>;
export type Criterion = NonNullable<RetentionQuery['criterion']>;
export type TimeBasis = NonNullable<RetentionQuery['timeBasis']>;

export interface RetentionForm {
  startEvent: string;
  returnEvent: string;
  period: CalendarPeriod;
  periods: number;
  cohortMode: CohortMode;
  criterion: Criterion;
  timeBasis: TimeBasis;
}

export const DEFAULT_RETENTION: RetentionForm = {
  startEvent: 'Product Viewed',
  returnEvent: 'Product Viewed',
  period: 'week',
  periods: 8,
  cohortMode: 'first_time',
  criterion: 'on',
  timeBasis: 'calendar',
};

export const PERIOD_OPTIONS: ReadonlyArray<SelectOption<CalendarPeriod>> = [
  { value: 'hour', label: 'Hour' },
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
];

export const COHORT_OPTIONS: ReadonlyArray<SelectOption<CohortMode>> = [
  { value: 'first_time', label: 'First time in range' },
  { value: 'first_ever', label: 'First time ever' },
  { value: 'recurring', label: 'Every time' },
];

export const CRITERION_OPTIONS: ReadonlyArray<SelectOption<Criterion>> = [
  { value: 'on', label: 'In that period' },
  { value: 'on_or_after', label: 'In that period or later' },
];

export const TIME_BASIS_OPTIONS: ReadonlyArray<SelectOption<TimeBasis>> = [
  { value: 'calendar', label: 'Calendar periods' },
  { value: 'rolling', label: 'Rolling (from each start)' },
];

/** An empty event name means any event (`event: null`). */
export function retentionQuery(form: RetentionForm, scope: ReportScope): RetentionQuery {
  const event = (name: string) => ({ event: name.trim() === '' ? null : name.trim() });
  return {
    ...scope,
    startEvent: event(form.startEvent),
    returnEvent: event(form.returnEvent),
    period: form.period,
    periods: Number.isFinite(form.periods) ? form.periods : 0,
    cohortMode: form.cohortMode,
    criterion: form.criterion,
    timeBasis: form.timeBasis,
  };
}
