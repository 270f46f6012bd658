/** An error answer from the server, `{ error: { code, message, details? } }`, or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }
}

/** Reads the documented error body; falls back to the status line when the body is not JSON. */
export async function readApiError(response: Response): Promise<ApiError> {
  const fallback = `Request failed (${response.status} ${response.statusText})`.trim();
  try {
    const body: unknown = await response.json();
    const error = isRecord(body) && isRecord(body.error) ? body.error : null;
    if (error === null) return new ApiError(response.status, 'E_HTTP', fallback);
    const code = typeof error.code === 'string' ? error.code : 'E_HTTP';
    const message = typeof error.message === 'string' ? error.message : fallback;
    return new ApiError(response.status, code, message, error.details);
  } catch {
    return new ApiError(response.status, 'E_HTTP', fallback);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
