import { useEffect, useRef, useState } from 'react';
import type { DateRangeInput } from '../../api-client/analytics-queries.js';
import { Button } from '../../ui/button.js';
import { CalendarIcon } from '../analytics-icons.js';
import { choiceLabel, describeRange, RANGE_PRESETS, toDayInput, type RangeChoice } from './date-range.js';

export interface DateRangePickerProps {
  choice: RangeChoice;
  /** The resolved instants, for the label; null while "All time" looks for the first event. */
  range: DateRangeInput | null;
  onChange(choice: RangeChoice): void;
}

/** A button showing the range; opens presets and a custom from/to. */
export function DateRangePicker({ choice, range, onChange }: DateRangePickerProps) {
  const [isOpen, setIsOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!isOpen) return undefined;
    const close = (event: Event) => {
      const isOutside = event.target instanceof Node && rootRef.current?.contains(event.target) !== true;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : isOutside) setIsOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [isOpen]);

  const choose = (next: RangeChoice) => {
    onChange(next);
    setIsOpen(false);
  };
  return (
    <div className="range-picker" ref={rootRef}>
      <button
        type="button"
        className="filter-button"
        aria-expanded={isOpen}
        onClick={() => setIsOpen(!isOpen)}
        data-testid="date-range-button"
      >
        <CalendarIcon />
        <span className="filter-button__label">{choiceLabel(choice)}</span>
        <span className="filter-button__value">
          {range === null ? 'Finding first event…' : describeRange(range)}
        </span>
      </button>
      {isOpen && (
        <div className="range-picker__panel" role="dialog" aria-label="Date range">
          <ul className="range-picker__presets">
            {RANGE_PRESETS.map((option) => (
              <li key={option.preset}>
                <button
                  type="button"
                  className={option.preset === choice.preset ? 'range-preset is-active' : 'range-preset'}
                  onClick={() => choose({ preset: option.preset, from: '', to: '' })}
                  data-testid={`range-${option.preset}`}
                >
                  {option.label}
                </button>
              </li>
            ))}
          </ul>
          <CustomRange range={range} onApply={choose} />
        </div>
      )}
    </div>
  );
}

function CustomRange({
  range,
  onApply,
}: {
  range: DateRangeInput | null;
  onApply(choice: RangeChoice): void;
}) {
  const [from, setFrom] = useState(range === null ? '' : toDayInput(range.from));
  const [to, setTo] = useState(range === null ? '' : toDayInput(range.to));
  const isValid = from !== '' && to !== '' && from <= to;
  return (
    <form
      className="range-picker__custom"
      onSubmit={(event) => {
        event.preventDefault();
        if (isValid) onApply({ preset: 'custom', from, to });
      }}
    >
      <p className="range-picker__heading">Custom range</p>
      <label className="field">
        <span className="field__label">From</span>
        <input
          className="input"
          type="date"
          value={from}
          max={to || undefined}
          onChange={(e) => setFrom(e.target.value)}
          data-testid="range-from"
        />
      </label>
      <label className="field">
        <span className="field__label">To</span>
        <input
          className="input"
          type="date"
          value={to}
          min={from || undefined}
          onChange={(e) => setTo(e.target.value)}
          data-testid="range-to"
        />
      </label>
      <Button type="submit" variant="primary" disabled={!isValid} data-testid="range-apply">
        Apply
      </Button>
    </form>
  );
}
