/** Stable error codes; the docs index them and clients may switch on them. */
export type ErrorCode =
  | 'E_INVALID_JSON'
  | 'E_PAYLOAD_TOO_LARGE'
  | 'E_BATCH_TOO_LARGE'
  | 'E_BAD_REQUEST'
  | 'E_VALIDATION'
  | 'E_UNAUTHORIZED'
  | 'E_FORBIDDEN'
  | 'E_NOT_FOUND'
  | 'E_CONFLICT'
  | 'E_OVERLOADED'
  | 'E_UNSUPPORTED_ENCODING'
  | 'E_CONFIG'
  | 'E_STORE_IN_USE'
  | 'E_INTERNAL';

/** A failure that callers can act on: it carries a stable code and, optionally, the field at fault. */
export class WaymarkError extends Error {
  override readonly name = 'WaymarkError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Ends an exhaustive switch over a discriminated union. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
