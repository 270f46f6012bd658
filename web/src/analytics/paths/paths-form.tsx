import type { EventFilter } from '../../api-client/analytics-queries.js';
import { Card } from '../../ui/card.js';
import { FormField, Select } from '../forms/form-field.js';
import { SuggestInput } from '../forms/suggest-input.js';
import { useEventCatalog } from '../forms/use-event-catalog.js';

export interface PathsFormState {
  start: string;
  end: string;
  item: 'event' | 'page';
  steps: number;
  edgeLimit: number;
}

export const DEFAULT_PATHS: PathsFormState = { start: '', end: '', item: 'event', steps: 5, edgeLimit: 50 };

const ITEMS = [
  { value: 'event', label: 'Events' },
  { value: 'page', label: 'Pages' },
] as const;
const STEPS = ['3', '4', '5', '6', '8', '10'].map((value) => ({ value, label: `${value} steps` }));
const LIMITS = ['20', '50', '100', '200'].map((value) => ({ value, label: `Top ${value} links` }));

/** An anchor: an event name, or in page mode a page whose URL contains the text. */
export function anchorFilter(text: string, item: PathsFormState['item']): EventFilter | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  return item === 'page'
    ? { event: '$page', where: [{ property: 'url', op: 'contains', value }] }
    : { event: value };
}

/** Where paths start or end, what a step is (event or page), how deep and how many links. */
export function PathsForm({
  form,
  onChange,
}: {
  form: PathsFormState;
  onChange(form: PathsFormState): void;
}) {
  const catalog = useEventCatalog();
  const names = form.item === 'page' ? catalog.pages : catalog.events;
  return (
    <Card title="Paths settings" testId="paths-form">
      <div className="report-form">
        <FormField
          label="Starting at"
          hint={form.item === 'page' ? 'A page whose URL contains this' : 'Empty = anywhere'}
          isWide
        >
          <SuggestInput
            value={form.start}
            onChange={(start) => onChange({ ...form, start })}
            suggestions={names}
            placeholder="Anywhere"
            data-testid="paths-start"
          />
        </FormField>
        <FormField label="Ending at" hint="Empty = anywhere" isWide>
          <SuggestInput
            value={form.end}
            onChange={(end) => onChange({ ...form, end })}
            suggestions={names}
            placeholder="Anywhere"
            data-testid="paths-end"
          />
        </FormField>
        <FormField label="Steps are">
          <Select
            value={form.item}
            options={ITEMS}
            onChange={(item) => onChange({ ...form, item })}
            testId="paths-item"
          />
        </FormField>
        <FormField label="Depth">
          <Select
            value={String(form.steps)}
            options={STEPS}
            onChange={(steps) => onChange({ ...form, steps: Number(steps) })}
          />
        </FormField>
        <FormField label="Show">
          <Select
            value={String(form.edgeLimit)}
            options={LIMITS}
            onChange={(limit) => onChange({ ...form, edgeLimit: Number(limit) })}
          />
        </FormField>
      </div>
    </Card>
  );
}
