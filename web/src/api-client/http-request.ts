import { ApiError, readApiError } from './api-error.js';

export interface HttpRequestOptions {
  /** Send the bearer token and treat 401 as "signed out". @default true */
  isAuthenticated?: boolean;
  body?: unknown;
  query?: Record<string, string | number | null | undefined>;
  signal?: AbortSignal;
}

export interface HttpSettings {
  getToken(): string | null;
  /** Called when an authenticated request answers 401. */
  onUnauthorized(): void;
}

/** Builds `path?query`, skipping empty values. */
export function buildUrl(path: string, query: HttpRequestOptions['query'] = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

/** One fetch with the house rules: JSON in, bearer auth, 401 → signed out, errors as ApiError. */
export async function sendRequest(
  settings: HttpSettings,
  method: string,
  path: string,
  options: HttpRequestOptions = {},
): Promise<Response> {
  const isAuthenticated = options.isAuthenticated ?? true;
  const headers = new Headers({ accept: 'application/json' });
  const token = settings.getToken();
  if (isAuthenticated && token !== null) headers.set('authorization', `Bearer ${token}`);
  if (options.body !== undefined) headers.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (options.signal?.aborted === true) throw error;
    throw new ApiError(0, 'E_NETWORK', 'Cannot reach the Waymark server.');
  }
  if (response.ok) return response;
  const apiError = await readApiError(response);
  if (isAuthenticated && apiError.isUnauthorized) settings.onUnauthorized();
  throw apiError;
}

/** `sendRequest` and parse the JSON body as `T` (the server is the source of truth for the shape). */
export async function requestJson<T>(
  settings: HttpSettings,
  method: string,
  path: string,
  options?: HttpRequestOptions,
): Promise<T> {
  const response = await sendRequest(settings, method, path, options);
  return response.json();
}
