import { useId, type InputHTMLAttributes } from 'react';

export interface SuggestInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'list'> {
  value: string;
  onChange(value: string): void;
  suggestions: readonly string[];
  /** Suggestions to mark as "not seen yet" in the list. */
  seen?: ReadonlySet<string>;
}

/** A text input with suggestions (event names, properties), free text still allowed. */
export function SuggestInput({ value, onChange, suggestions, seen, className, ...rest }: SuggestInputProps) {
  const listId = useId();
  return (
    <>
      <input
        className={['input', className].filter(Boolean).join(' ')}
        list={listId}
        value={value}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        {...rest}
      />
      <datalist id={listId}>
        {suggestions.map((name) => (
          <option key={name} value={name}>
            {seen !== undefined && !seen.has(name) ? 'not seen recently' : undefined}
          </option>
        ))}
      </datalist>
    </>
  );
}
