import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { WaymarkError, type ErrorCode } from '../../core/shared/index.js';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  E_INVALID_JSON: 400,
  E_PAYLOAD_TOO_LARGE: 400,
  E_BATCH_TOO_LARGE: 400,
  E_BAD_REQUEST: 400,
  E_VALIDATION: 400,
  E_UNSUPPORTED_ENCODING: 400,
  E_UNAUTHORIZED: 401,
  E_FORBIDDEN: 403,
  E_NOT_FOUND: 404,
  E_CONFLICT: 409,
  E_OVERLOADED: 429,
  E_CONFIG: 500,
  E_INTERNAL: 500,
};

/** Writes the one error shape of the API. */
export function errorResponse(c: Context, code: ErrorCode, message: string, details?: unknown): Response {
  const status = STATUS[code];
  if (code === 'E_OVERLOADED') c.header('Retry-After', '1');
  return c.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, status);
}

/** Maps any thrown value to a response; unknown failures become a 503 that clients retry, never a stack trace. */
export function handleError(error: unknown, c: Context): Response {
  if (error instanceof WaymarkError) return errorResponse(c, error.code, error.message, error.details);
  console.error('waymark: request failed', error);
  c.header('Retry-After', '1');
  return c.json(
    { error: { code: 'E_INTERNAL', message: 'the server could not complete the request; retry' } },
    503,
  );
}
