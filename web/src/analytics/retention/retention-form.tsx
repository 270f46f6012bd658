import { Card } from '../../ui/card.js';
import { FormField, Select } from '../forms/form-field.js';
import { SuggestInput } from '../forms/suggest-input.js';
import { useEventCatalog } from '../forms/use-event-catalog.js';
import { isFieldIn } from '../report/invalid-field.js';
import {
  COHORT_OPTIONS,
  CRITERION_OPTIONS,
  PERIOD_OPTIONS,
  TIME_BASIS_OPTIONS,
  type RetentionForm as RetentionFormState,
} from './retention-form-state.js';

export interface RetentionFormProps {
  form: RetentionFormState;
  onChange(form: RetentionFormState): void;
  /** The field a validation error names. */
  invalid: string | null;
}

/** Who starts a cohort, what counts as coming back, and how periods are cut. */
export function RetentionForm({ form, onChange, invalid }: RetentionFormProps) {
  const catalog = useEventCatalog();
  const set = <K extends keyof RetentionFormState>(key: K, value: RetentionFormState[K]) =>
    onChange({ ...form, [key]: value });
  return (
    <Card title="Retention settings" testId="retention-form">
      <div className="report-form">
        <FormField
          label="People who did"
          isInvalid={isFieldIn(invalid, 'startEvent')}
          hint="Starts their cohort; empty = any event"
          isWide
        >
          <SuggestInput
            value={form.startEvent}
            onChange={(value) => set('startEvent', value)}
            suggestions={catalog.events}
            seen={catalog.seen}
            placeholder="Any event"
            data-testid="retention-start"
          />
        </FormField>
        <FormField
          label="Came back to do"
          isInvalid={isFieldIn(invalid, 'returnEvent')}
          hint="Empty = any event"
          isWide
        >
          <SuggestInput
            value={form.returnEvent}
            onChange={(value) => set('returnEvent', value)}
            suggestions={catalog.events}
            seen={catalog.seen}
            placeholder="Any event"
            data-testid="retention-return"
          />
        </FormField>
        <FormField label="Period" isInvalid={isFieldIn(invalid, 'period')}>
          <Select
            value={form.period}
            options={PERIOD_OPTIONS}
            onChange={(value) => set('period', value)}
            testId="retention-period"
          />
        </FormField>
        <FormField label="Periods shown" isInvalid={isFieldIn(invalid, 'periods')}>
          <input
            className="input"
            type="number"
            min={1}
            max={100}
            value={Number.isFinite(form.periods) ? form.periods : ''}
            onChange={(event) => set('periods', event.target.valueAsNumber)}
            data-testid="retention-periods"
          />
        </FormField>
        <FormField label="Cohort by" isInvalid={isFieldIn(invalid, 'cohortMode')}>
          <Select
            value={form.cohortMode}
            options={COHORT_OPTIONS}
            onChange={(value) => set('cohortMode', value)}
          />
        </FormField>
        <FormField label="Counts as back" isInvalid={isFieldIn(invalid, 'criterion')}>
          <Select
            value={form.criterion}
            options={CRITERION_OPTIONS}
            onChange={(value) => set('criterion', value)}
          />
        </FormField>
        <FormField label="Periods are" isInvalid={isFieldIn(invalid, 'timeBasis')}>
          <Select
            value={form.timeBasis}
            options={TIME_BASIS_OPTIONS}
            onChange={(value) => set('timeBasis', value)}
          />
        </FormField>
      </div>
    </Card>
  );
}
