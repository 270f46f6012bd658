import type { ApiClient } from './api-client.js';
import { ApiError } from './api-error.js';
import type { EventView } from './event-view.js';
import { readSseStream } from './parse-sse.js';

/** How new events currently arrive. */
export type FeedStatus = 'connecting' | 'live' | 'polling' | 'offline';

export interface FollowEventsOptions {
  client: ApiClient;
  /** Only events with a larger `seq` are delivered. */
  afterSeq: number;
  onEvents(events: EventView[]): void;
  onStatus(status: FeedStatus): void;
  signal: AbortSignal;
  /** @default 2000 */
  pollIntervalMs?: number;
  /** How long to poll before trying the stream again. @default 30000 */
  streamRetryMs?: number;
}

/**
 * Follows new events: the SSE stream while it works, polling `GET /api/events?after=` every
 * `pollIntervalMs` while it does not, retrying the stream now and then. Resolves on abort or 401.
 */
export async function followEvents(options: FollowEventsOptions): Promise<void> {
  const { signal, pollIntervalMs = 2000, streamRetryMs = 30_000 } = options;
  const cursor = createCursor(options);
  while (!signal.aborted) {
    const streamOutcome = await followStream(options, cursor);
    if (streamOutcome === 'stop') return;
    const deadline = Date.now() + streamRetryMs;
    while (!signal.aborted && Date.now() < deadline) {
      const pollOutcome = await pollOnce(options, cursor);
      if (pollOutcome === 'stop') return;
      await sleep(pollIntervalMs, signal);
    }
  }
}

interface Cursor {
  afterSeq(): number;
  deliver(events: EventView[]): void;
  catchUp(): Promise<void>;
}

function createCursor(options: FollowEventsOptions): Cursor {
  let afterSeq = options.afterSeq;
  const deliver = (events: EventView[]) => {
    const fresh = events.filter((event) => event.seq > afterSeq).sort((a, b) => a.seq - b.seq);
    if (fresh.length === 0) return;
    afterSeq = fresh[fresh.length - 1]?.seq ?? afterSeq;
    options.onEvents(fresh);
  };
  return {
    afterSeq: () => afterSeq,
    deliver,
    async catchUp() {
      const { events } = await options.client.listEvents({ after: afterSeq, limit: 100 });
      deliver(events);
    },
  };
}

type Outcome = 'stop' | 'fallback';

async function followStream(options: FollowEventsOptions, cursor: Cursor): Promise<Outcome> {
  options.onStatus('connecting');
  try {
    const response = await options.client.openEventStream(options.signal, cursor.afterSeq());
    if (response.body === null) return 'fallback';
    options.onStatus('live');
    // Events stored between the first page and the stream opening would otherwise be missed.
    await cursor.catchUp();
    await readSseStream(response.body, (message) => {
      if (message.event === 'event') cursor.deliver(parseEvents(message.data));
    });
    return options.signal.aborted ? 'stop' : 'fallback';
  } catch (error) {
    return shouldStop(error, options.signal) ? 'stop' : 'fallback';
  }
}

async function pollOnce(options: FollowEventsOptions, cursor: Cursor): Promise<Outcome | 'ok'> {
  try {
    await cursor.catchUp();
    options.onStatus('polling');
    return 'ok';
  } catch (error) {
    if (shouldStop(error, options.signal)) return 'stop';
    options.onStatus('offline');
    return 'ok';
  }
}

function parseEvents(data: string): EventView[] {
  try {
    return [JSON.parse(data)];
  } catch {
    return []; // a malformed message must not end the stream
  }
}

function shouldStop(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof ApiError && error.isUnauthorized);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
