import { Card } from '../../ui/card.js';
import { FormField, Select } from '../forms/form-field.js';
import { SuggestInput } from '../forms/suggest-input.js';
import { useEventCatalog } from '../forms/use-event-catalog.js';
import { isFieldIn } from '../report/invalid-field.js';
import {
  attributionOptions,
  ORDER_OPTIONS,
  WINDOW_UNITS,
  type FunnelForm as FunnelFormState,
} from './funnel-form-state.js';
import { FunnelStepsEditor } from './funnel-steps-editor.js';

export interface FunnelFormProps {
  form: FunnelFormState;
  onChange(form: FunnelFormState): void;
  /** The field a validation error names. */
  invalid: string | null;
}

/** The funnel builder: steps on the left, how they are matched and split on the right. */
export function FunnelForm({ form, onChange, invalid }: FunnelFormProps) {
  const catalog = useEventCatalog();
  const set = <K extends keyof FunnelFormState>(key: K, value: FunnelFormState[K]) =>
    onChange({ ...form, [key]: value });
  return (
    <Card title="Funnel steps" testId="funnel-form">
      <div className="funnel-builder">
        <FunnelStepsEditor
          isInvalid={isFieldIn(invalid, 'steps')}
          steps={form.steps}
          catalog={catalog}
          onChange={(steps) => set('steps', steps)}
        />
        <div className="funnel-builder__settings report-form">
          <FormField label="Steps happen" isInvalid={isFieldIn(invalid, 'order')}>
            <Select
              value={form.order}
              options={ORDER_OPTIONS}
              onChange={(order) => set('order', order)}
              testId="funnel-order"
            />
          </FormField>
          <FormField label="Conversion window" isInvalid={isFieldIn(invalid, 'window')}>
            <span className="inline-fields">
              <input
                className="input"
                type="number"
                min={1}
                value={Number.isFinite(form.windowValue) ? form.windowValue : ''}
                onChange={(event) => set('windowValue', event.target.valueAsNumber)}
                aria-label="Window length"
                data-testid="funnel-window"
              />
              <Select
                value={form.windowUnit}
                options={WINDOW_UNITS}
                onChange={(unit) => set('windowUnit', unit)}
              />
            </span>
          </FormField>
          <FormField
            label="Break down by"
            isInvalid={isFieldIn(invalid, 'breakdown.property')}
            hint="An event property, e.g. utm_source"
          >
            <SuggestInput
              value={form.breakdown}
              onChange={(value) => set('breakdown', value)}
              suggestions={catalog.properties}
              placeholder="No breakdown"
              data-testid="funnel-breakdown"
            />
          </FormField>
          {form.breakdown.trim() !== '' && (
            <FormField
              label="Attribution"
              isInvalid={isFieldIn(invalid, 'breakdown.attribution')}
              hint="Which step’s value counts"
            >
              <Select
                value={form.attribution}
                options={attributionOptions(form.steps.length)}
                onChange={(value) => set('attribution', value)}
              />
            </FormField>
          )}
        </div>
      </div>
    </Card>
  );
}
