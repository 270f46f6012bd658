import { useEffect, useState } from 'react';

const PREFIX = 'waymark.analytics.';

/**
 * `useState` kept in sessionStorage under `key`, so a report's form survives opening a profile
 * and coming back. A stored value of another shape than `initial` (an older form) is ignored.
 */
export function useStoredState<T>(key: string, initial: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const stored = readStored(key);
    return hasShapeOf(initial, stored) ? stored : initial;
  });
  useEffect(() => {
    try {
      window.sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // storage full or disabled: the form just starts fresh next time
    }
  }, [key, value]);
  return [value, setValue];
}

/** Same JSON kind as `model`, and for objects the same keys with values of the same kinds. */
export function hasShapeOf<T>(model: T, value: unknown): value is T {
  if (kindOf(model) !== kindOf(value)) return false;
  if (kindOf(model) !== 'object' || typeof model !== 'object' || model === null) return true;
  if (typeof value !== 'object' || value === null) return false;
  const modelEntries = Object.entries(model);
  const valueKeys = Object.keys(value);
  if (modelEntries.length !== valueKeys.length) return false;
  return modelEntries.every(([key, child]) => {
    const other: unknown = Reflect.get(value, key);
    // Values that may be null (an optional choice) only need to be present.
    return child === null || other === null || kindOf(child) === kindOf(other);
  });
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function readStored(key: string): unknown {
  try {
    const text = window.sessionStorage.getItem(PREFIX + key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}
