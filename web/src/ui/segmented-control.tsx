export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

export interface SegmentedControlProps<T extends string> {
  label: string;
  options: ReadonlyArray<SegmentedOption<T>>;
  value: T;
  onChange(value: T): void;
}

/** A row of mutually exclusive choices, like tabs for a small form. */
export function SegmentedControl<T extends string>({
  label,
  options,
  value,
  onChange,
}: SegmentedControlProps<T>) {
  return (
    <div className="segmented" role="tablist" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="tab"
          aria-selected={option.value === value}
          className={option.value === value ? 'segmented__option is-active' : 'segmented__option'}
          onClick={() => onChange(option.value)}
          data-testid={`tab-${option.value}`}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
