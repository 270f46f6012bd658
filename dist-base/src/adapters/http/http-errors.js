import { WaymarkError } from '../../core/shared/index.js';
const STATUS = {
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
    E_STORE_IN_USE: 503,
    E_INTERNAL: 500,
};
/** Maps any thrown value to a response; unknown failures become a 503 that clients retry, never a stack trace. */
export function errorPayload(error) {
    if (error instanceof WaymarkError)
        return payload(error.code, error.message, error.details);
    console.error('waymark: request failed', error);
    return {
        status: 503,
        body: { error: { code: 'E_INTERNAL', message: 'the server could not complete the request; retry' } },
        retryAfter: true,
    };
}
function payload(code, message, details) {
    return {
        status: STATUS[code],
        body: { error: { code, message, ...(details === undefined ? {} : { details }) } },
        retryAfter: code === 'E_OVERLOADED',
    };
}
/** Writes the one error shape of the API. */
export function errorResponse(c, code, message, details) {
    return respond(c, payload(code, message, details));
}
/** Hono's error handler. */
export function handleError(error, c) {
    return respond(c, errorPayload(error));
}
function respond(c, { status, body, retryAfter }) {
    if (retryAfter)
        c.header('Retry-After', '1');
    return c.json(body, status);
}
//# sourceMappingURL=http-errors.js.map