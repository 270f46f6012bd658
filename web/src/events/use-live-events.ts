import { useCallback, useEffect, useState } from 'react';
import type { EventView } from '../api-client/event-view.js';
import { followEvents, type FeedStatus } from '../api-client/follow-events.js';
import { useApiClient } from '../app/auth-provider.js';
import { maxSeq, mergeEvents } from './merge-events.js';

const PAGE_SIZE = 50;
const KEEP_AT_MOST = 500;

export interface LiveEvents {
  events: EventView[];
  status: FeedStatus;
  isLoaded: boolean;
  error: Error | null;
  /** Events above this `seq` arrived after the page opened (they get highlighted). */
  firstSeenSeq: number;
  /** Starts over after a failed first load. */
  retry(): void;
}

/** The newest events, then every new one as it is stored, without reloading the page. */
export function useLiveEvents(): LiveEvents {
  const client = useApiClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<LiveEvents, 'retry'>>({
    events: [],
    status: 'connecting',
    isLoaded: false,
    error: null,
    firstSeenSeq: Number.POSITIVE_INFINITY,
  });

  useEffect(() => {
    const controller = new AbortController();
    type State = Omit<LiveEvents, 'retry'>;
    const update = (patch: (current: State) => Partial<State>) =>
      setState((current) => ({ ...current, ...patch(current) }));

    const start = async () => {
      const { events } = await client.listEvents({ limit: PAGE_SIZE });
      const afterSeq = maxSeq(events);
      update(() => ({ events, isLoaded: true, error: null, firstSeenSeq: afterSeq }));
      await followEvents({
        client,
        afterSeq,
        signal: controller.signal,
        onStatus: (status) => update(() => ({ status })),
        onEvents: (fresh) =>
          update((current) => ({ events: mergeEvents(current.events, fresh, KEEP_AT_MOST) })),
      });
    };
    start().catch((error: unknown) => {
      if (controller.signal.aborted) return;
      update(() => ({ status: 'offline', error: error instanceof Error ? error : new Error(String(error)) }));
    });
    return () => controller.abort();
  }, [client, attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { ...state, retry };
}
