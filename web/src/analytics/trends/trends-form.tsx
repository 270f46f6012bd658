import { Button } from '../../ui/button.js';
import { Card } from '../../ui/card.js';
import { CloseIcon, PlusIcon } from '../analytics-icons.js';
import { SERIES_PALETTE } from '../charts/chart-theme.js';
import { FormField, Select } from '../forms/form-field.js';
import { SuggestInput } from '../forms/suggest-input.js';
import { useEventCatalog } from '../forms/use-event-catalog.js';
import {
  INTERVAL_OPTIONS,
  MATH_OPTIONS,
  type TrendsForm as TrendsFormState,
  type TrendsSeriesForm,
} from './trends-form-state.js';

const MAX_SERIES = 6;

export interface TrendsFormProps {
  form: TrendsFormState;
  onChange(form: TrendsFormState): void;
}

/** Which events to plot and how to count them, the interval and an optional breakdown. */
export function TrendsForm({ form, onChange }: TrendsFormProps) {
  const catalog = useEventCatalog();
  const setSeries = (index: number, series: TrendsSeriesForm) =>
    onChange({ ...form, series: form.series.map((s, i) => (i === index ? series : s)) });
  return (
    <Card title="Trends settings" testId="trends-form">
      <ol className="series-editor">
        {form.series.map((series, index) => (
          <li key={index} className="series-editor__row">
            <span
              className="series-editor__swatch"
              style={{ background: SERIES_PALETTE[index % SERIES_PALETTE.length] }}
              aria-hidden="true"
            />
            <SuggestInput
              value={series.event}
              onChange={(event) => setSeries(index, { ...series, event })}
              suggestions={catalog.events}
              seen={catalog.seen}
              placeholder="Any event"
              aria-label={`Series ${index + 1} event`}
              data-testid={`trends-event-${index}`}
            />
            <Select
              value={series.math}
              options={MATH_OPTIONS}
              onChange={(math) => setSeries(index, { ...series, math })}
              testId={`trends-math-${index}`}
            />
            {series.math === 'sum' || series.math === 'avg' ? (
              <SuggestInput
                value={series.property}
                onChange={(property) => setSeries(index, { ...series, property })}
                suggestions={catalog.properties}
                placeholder="Property, e.g. revenue"
                aria-label={`Series ${index + 1} property`}
              />
            ) : (
              <span />
            )}
            <button
              type="button"
              className="icon-button"
              disabled={form.series.length <= 1}
              onClick={() => onChange({ ...form, series: form.series.filter((_, i) => i !== index) })}
              aria-label={`Remove series ${index + 1}`}
            >
              <CloseIcon />
            </button>
          </li>
        ))}
      </ol>
      {form.series.length < MAX_SERIES && (
        <Button
          variant="ghost"
          className="steps-editor__add"
          onClick={() =>
            onChange({ ...form, series: [...form.series, { event: '', math: 'total', property: '' }] })
          }
        >
          <PlusIcon /> Add series
        </Button>
      )}
      <div className="report-form report-form--divided">
        <FormField label="Interval">
          <Select
            value={form.interval}
            options={INTERVAL_OPTIONS}
            onChange={(interval) => onChange({ ...form, interval })}
            testId="trends-interval"
          />
        </FormField>
        <FormField label="Break down by" hint="An event property" isWide>
          <SuggestInput
            value={form.breakdown}
            onChange={(breakdown) => onChange({ ...form, breakdown })}
            suggestions={catalog.properties}
            placeholder="No breakdown"
            data-testid="trends-breakdown"
          />
        </FormField>
      </div>
    </Card>
  );
}
