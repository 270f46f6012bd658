// Typed fetch helpers for the admin API (spec §2, docs/api-internal.md), for black-box tests.

/** An event as `GET /api/events` and `GET /api/profiles/:id/events` show it. */
export interface EventView {
  readonly seq: number;
  readonly messageId: string;
  readonly type: string;
  readonly event: string | null;
  readonly name: string | null;
  readonly profileId: string;
  readonly userId: string | null;
  readonly anonymousId: string | null;
  readonly groupId: string | null;
  readonly timestamp: string;
  readonly receivedAt: string;
  readonly properties: Record<string, unknown>;
  readonly traits: Record<string, unknown>;
  readonly context: Record<string, unknown>;
}

export interface ProfileView {
  readonly id: string;
  readonly userId: string | null;
  readonly userIds: readonly string[];
  readonly anonymousIds: readonly string[];
  readonly traits: Record<string, unknown>;
  readonly groupIds: readonly string[];
  readonly firstSeenAt: string;
  readonly lastSeenAt: string;
}

export interface DropView {
  readonly reason: string;
  readonly message: string;
  readonly messageId: string | null;
  readonly type: string | null;
  readonly sample: string;
  readonly receivedAt: string;
}

/** The one error shape of the API. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details?: unknown };
}

export interface ApiResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** Reads a response body as JSON when it is JSON, else as text. */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!(response.headers.get('content-type') ?? '').includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export class AdminClient {
  constructor(
    readonly baseUrl: string,
    readonly token: string,
  ) {}

  /** A raw GET with the admin token (or `token: null` for none), for status-code tests. */
  async get<T = unknown>(pathAndQuery: string, token: string | null = this.token): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}${pathAndQuery}`, {
      headers: token === null ? {} : { Authorization: `Bearer ${token}` },
    });
    return { status: response.status, headers: response.headers, body: (await readBody(response)) as T };
  }

  /** GET that must answer 200; throws with the body otherwise. */
  async getOk<T>(pathAndQuery: string): Promise<T> {
    const response = await this.get<T>(pathAndQuery);
    if (response.status !== 200) {
      throw new Error(`GET ${pathAndQuery} → ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  }

  /** The merged profile of a userId, anonymousId or profile id; undefined on 404. */
  async profile(id: string): Promise<ProfileView | undefined> {
    const response = await this.get<ProfileView>(`/api/profiles/${encodeURIComponent(id)}`);
    if (response.status === 404) return undefined;
    if (response.status !== 200)
      throw new Error(`profile ${id} → ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  /** Events of the profile an id resolves to, newest first; [] on 404. */
  async profileEvents(id: string, limit = 1000): Promise<EventView[]> {
    const response = await this.get<{ events: EventView[] }>(
      `/api/profiles/${encodeURIComponent(id)}/events?limit=${limit}`,
    );
    if (response.status === 404) return [];
    if (response.status !== 200)
      throw new Error(`events of ${id} → ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.events;
  }

  /** The newest events, optionally only those with `seq` > `after`. */
  async events(limit = 1000, after?: number): Promise<EventView[]> {
    const query = after === undefined ? `limit=${limit}` : `limit=${limit}&after=${after}`;
    return (await this.getOk<{ events: EventView[] }>(`/api/events?${query}`)).events;
  }

  async ingestErrors(limit = 1000): Promise<DropView[]> {
    return (await this.getOk<{ errors: DropView[] }>(`/api/ingest/errors?limit=${limit}`)).errors;
  }

  async stats(): Promise<{ events: number; profiles: number }> {
    return this.getOk('/api/stats');
  }

  /** Finds stored events by messageId among the newest `limit`. */
  async eventsById(limit = 1000): Promise<Map<string, EventView>> {
    return new Map((await this.events(limit)).map((event) => [event.messageId, event]));
  }
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  { timeoutMs = 10_000, intervalMs = 50, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
