import type { ReactNode } from 'react';

export interface FormFieldProps {
  label: string;
  hint?: ReactNode;
  /** Wider fields take two columns of the form grid. */
  isWide?: boolean;
  /** The server named this field in a validation error. */
  isInvalid?: boolean;
  children: ReactNode;
}

/** A label above one control, laid out by the report form's grid. */
export function FormField({ label, hint, isWide = false, isInvalid = false, children }: FormFieldProps) {
  const classes = [
    'field',
    'report-field',
    isWide ? 'report-field--wide' : '',
    isInvalid ? 'is-invalid' : '',
  ];
  return (
    <label className={classes.filter(Boolean).join(' ')}>
      <span className="field__label">{label}</span>
      {children}
      {hint !== undefined && <span className="field__hint">{hint}</span>}
    </label>
  );
}

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

export interface SelectProps<T extends string> {
  value: T;
  options: ReadonlyArray<SelectOption<T>>;
  onChange(value: T): void;
  testId?: string;
}

/** A native select over typed options. */
export function Select<T extends string>({ value, options, onChange, testId }: SelectProps<T>) {
  return (
    <select
      className="input select"
      value={value}
      onChange={(event) => {
        const option = options.find((candidate) => candidate.value === event.target.value);
        if (option !== undefined) onChange(option.value);
      }}
      data-testid={testId}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
