import { ApiError } from '../../api-client/api-error.js';

/** The request field a 400 E_VALIDATION names (`window.value`, `steps.1.event`), or null. */
export function invalidField(error: Error | undefined): string | null {
  if (!(error instanceof ApiError) || error.code !== 'E_VALIDATION') return null;
  const details: unknown = error.details;
  const field = typeof details === 'object' && details !== null ? Reflect.get(details, 'field') : undefined;
  if (typeof field === 'string') return field;
  const prefix = /^([\w.]+):/.exec(error.message);
  return prefix?.[1] ?? null;
}

/** Whether `field` is `name` or inside it (`window.value` is inside `window`). */
export function isFieldIn(field: string | null, ...names: string[]): boolean {
  return field !== null && names.some((name) => field === name || field.startsWith(`${name}.`));
}
