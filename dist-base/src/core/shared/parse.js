import { WaymarkError } from './errors.js';
/**
 * Parses input at a boundary with a schema. A failure becomes E_VALIDATION naming the first bad
 * field, e.g. `steps.1.event: Invalid input` (prefixed with `prefix` when the input is nested).
 */
export function parseOrThrow(schema, input, prefix = '') {
    const result = schema.safeParse(input);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const field = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.') || 'body';
    throw new WaymarkError('E_VALIDATION', `${field}: ${issue?.message ?? 'invalid'}`, { field });
}
//# sourceMappingURL=parse.js.map