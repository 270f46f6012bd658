/** A failure that callers can act on: it carries a stable code and, optionally, the field at fault. */
export class WaymarkError extends Error {
    code;
    details;
    name = 'WaymarkError';
    constructor(code, message, details) {
        super(message);
        this.code = code;
        this.details = details;
    }
}
/** Ends an exhaustive switch over a discriminated union. */
export function assertNever(value) {
    throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
//# sourceMappingURL=errors.js.map