import { Button } from '../../ui/button.js';
import { CloseIcon, PlusIcon } from '../analytics-icons.js';
import { SuggestInput } from '../forms/suggest-input.js';
import type { EventCatalog } from '../forms/use-event-catalog.js';

const MAX_STEPS = 10;

export interface FunnelStepsEditorProps {
  steps: string[];
  catalog: EventCatalog;
  onChange(steps: string[]): void;
  isInvalid?: boolean;
}

/** The funnel's steps in order: type or pick an event name, add and remove steps. */
export function FunnelStepsEditor({ steps, catalog, onChange, isInvalid = false }: FunnelStepsEditorProps) {
  const setStep = (index: number, value: string) =>
    onChange(steps.map((step, i) => (i === index ? value : step)));
  return (
    <div className={isInvalid ? 'steps-editor is-invalid' : 'steps-editor'}>
      <ol className="steps-editor__list" data-testid="funnel-steps">
        {steps.map((step, index) => (
          <li key={index} className="steps-editor__step">
            <span className="steps-editor__number" aria-hidden="true">
              {index + 1}
            </span>
            <SuggestInput
              value={step}
              onChange={(value) => setStep(index, value)}
              suggestions={catalog.events}
              seen={catalog.seen}
              placeholder="Event name, e.g. Product Viewed"
              aria-label={`Step ${index + 1} event`}
              data-testid={`funnel-step-${index}`}
            />
            <button
              type="button"
              className="icon-button"
              onClick={() => onChange(steps.filter((_, i) => i !== index))}
              disabled={steps.length <= 1}
              aria-label={`Remove step ${index + 1}`}
              data-testid={`funnel-step-remove-${index}`}
            >
              <CloseIcon />
            </button>
          </li>
        ))}
      </ol>
      {steps.length < MAX_STEPS && (
        <Button
          variant="ghost"
          className="steps-editor__add"
          onClick={() => onChange([...steps, ''])}
          data-testid="funnel-add-step"
        >
          <PlusIcon /> Add step
        </Button>
      )}
    </div>
  );
}
