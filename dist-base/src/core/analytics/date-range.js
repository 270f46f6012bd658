import { z } from 'zod';
import { parseInstant } from '../shared/index.js';
/** An ISO-8601 time with a zone on the wire, an Instant in the core. */
export const instantSchema = z.string().transform((value, ctx) => {
    const at = parseInstant(value);
    if (at === undefined) {
        ctx.addIssue({
            code: 'custom',
            message: 'must be an ISO-8601 time with a zone, e.g. 2026-03-01T00:00:00Z',
        });
        return z.NEVER;
    }
    return at;
});
/** `{ from, to }` on the wire, instants in the core; `from` must not be after `to`. */
export const dateRangeSchema = z
    .object({ from: instantSchema, to: instantSchema })
    .refine((range) => range.from <= range.to, { message: 'from must not be after to', path: ['from'] });
/** IANA time zone name, checked against the runtime's zone database. */
export const timeZoneSchema = z
    .string()
    .default('UTC')
    .refine((zone) => {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}, { message: 'must be an IANA time zone such as Europe/Berlin' });
export const durationSchema = z.object({
    value: z.number().positive({ message: 'must be greater than 0' }),
    unit: z.enum(['second', 'minute', 'hour', 'day', 'week', 'month']),
});
//# sourceMappingURL=date-range.js.map