import { createAnalyticsClient } from './analytics-client.js';
import type { AuthStatus, CreatedUser, LoginRequest, LoginResponse, Me } from './auth-views.js';
import type { EventView } from './event-view.js';
import { requestJson, sendRequest, type HttpSettings } from './http-request.js';
import type { IngestErrorView } from './ingest-error-view.js';
import type { ProfileView } from './profile-view.js';
import type { SetupInfo, WorkspaceStats } from './workspace-views.js';

/** Typed access to the web-app routes of docs/api-internal.md. */
export function createApiClient(settings: HttpSettings) {
  const get = <T>(path: string, query?: Record<string, string | number | null | undefined>) =>
    requestJson<T>(settings, 'GET', path, { query });
  // A wrong token here is a form error, not a reason to sign the session out.
  const withToken = (token: string): HttpSettings => ({
    getToken: () => token,
    onUnauthorized: () => undefined,
  });
  const profilePath = (id: string) => `/api/profiles/${encodeURIComponent(id)}`;

  return {
    authStatus: () =>
      requestJson<AuthStatus>(settings, 'GET', '/api/auth/status', { isAuthenticated: false }),
    login: (body: LoginRequest) =>
      requestJson<LoginResponse>(settings, 'POST', '/api/auth/login', {
        body,
        isAuthenticated: false,
      }),
    /** Creates a user; `token` overrides the stored one (owner setup runs before sign-in). */
    createUser: (body: { email: string; password: string }, token: string) =>
      requestJson<CreatedUser>(withToken(token), 'POST', '/api/auth/users', { body }),
    me: () => get<Me>('/api/me'),
    setup: () => get<SetupInfo>('/api/setup'),
    stats: () => get<WorkspaceStats>('/api/stats'),
    listEvents: ({ limit, after = 0 }: { limit?: number; after?: number } = {}) =>
      get<{ events: EventView[] }>('/api/events', { limit, after: positiveOrNull(after) }),
    /** Opens the SSE stream from just after `after`; the caller reads `response.body`. */
    openEventStream: (signal: AbortSignal, after = 0) =>
      sendRequest(settings, 'GET', '/api/events/stream', {
        signal,
        query: { after: positiveOrNull(after) },
      }),
    listProfiles: (query: { q?: string; limit?: number } = {}) =>
      get<{ profiles: ProfileView[] }>('/api/profiles', query),
    getProfile: (id: string) => get<ProfileView>(profilePath(id)),
    listProfileEvents: (id: string, query: { limit?: number } = {}) =>
      get<{ events: EventView[] }>(`${profilePath(id)}/events`, query),
    listIngestErrors: (query: { limit?: number } = {}) =>
      get<{ errors: IngestErrorView[] }>('/api/ingest/errors', query),
    /** Reports, the people behind their numbers, and saved lists. */
    analytics: createAnalyticsClient(settings),
  };
}

// Sequence numbers start at 1 and the server rejects `after=0`: "from the start" is no `after`.
function positiveOrNull(seq: number): number | null {
  return seq > 0 ? seq : null;
}

export type ApiClient = ReturnType<typeof createApiClient>;
