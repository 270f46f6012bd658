import { WaymarkError, type Instant } from '../core/shared/index.js';
import {
  normalizeEvent,
  type DroppedEvent,
  type EncodedEvent,
  type EventEnvelope,
  type EventType,
  type JsonObject,
} from '../core/events/index.js';
import type { Clock } from '../ports/clock.js';
import type { IdGenerator } from '../ports/ids.js';
import type { EventWriter, WriteOutcome, WriteRequest } from '../ports/storage.js';

/** One HTTP request's worth of raw calls. */
export interface IngestRequest {
  readonly items: readonly unknown[];
  readonly ip: string | null;
  readonly routeType?: EventType;
  readonly batchContext?: JsonObject;
  readonly batchIntegrations?: JsonObject;
  readonly batchSentAt?: unknown;
  /** Size of the request body, when known (lets small requests skip per-event size checks). */
  readonly requestBytes?: number;
}

export interface IngestOutcome {
  readonly accepted: number;
  readonly duplicates: number;
  readonly dropped: readonly DroppedEvent[];
}

export interface EventIngestorOptions {
  /** Where validated events go: in this thread or another. */
  readonly writer: EventWriter;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Runs a callback after pending I/O has been read, so concurrent requests share one commit. */
  readonly defer: (callback: () => void) => void;
  /**
   * Events waiting for a commit beyond which new requests are turned away as overload.
   * @default 100000
   */
  readonly maxPendingEvents?: number;
  /**
   * Writes that may run at once. A writer on another thread commits one group while the next
   * is sent; in-thread writers gain nothing from more than one.
   * @default 1
   */
  readonly maxWritesInFlight?: number;
  /**
   * Events after which a group is sent without waiting for the turn to end. Smaller groups keep
   * a writer on another thread busy while the next group is validated, instead of both taking turns.
   * @default Infinity
   */
  readonly groupEvents?: number;
}

interface Pending extends WriteRequest {
  readonly settle: (result: { ok: true; outcome: IngestOutcome } | { ok: false; error: unknown }) => void;
}

/** Validates, deduplicates, resolves and durably stores events; answers once they are committed. */
export interface EventIngestor {
  ingest(request: IngestRequest): Promise<IngestOutcome>;
  /** Resolves when everything submitted so far is committed. */
  drain(): Promise<void>;
}

/**
 * Builds the ingest path. Requests are validated as they arrive; their events wait for the next
 * group commit, which writes every waiting request in one transaction (one fsync for many requests).
 */
export function createEventIngestor(options: EventIngestorOptions): EventIngestor {
  const { writer, clock, ids, defer } = options;
  const maxPending = options.maxPendingEvents ?? 100_000;
  const maxInFlight = options.maxWritesInFlight ?? 1;
  const groupEvents = options.groupEvents ?? Number.POSITIVE_INFINITY;
  let queue: Pending[] = [];
  let queuedEvents = 0;
  let inFlight = 0;
  /** Events in writes not yet finished: they count towards the overload limit too. */
  let writingEvents = 0;
  let scheduled = false;
  const idle: Array<() => void> = [];

  const schedule = (): void => {
    if (scheduled || inFlight >= maxInFlight) return;
    scheduled = true;
    defer(() => {
      scheduled = false;
      if (queue.length > 0) {
        // A full group may have taken the last slot since this turn was scheduled; the write
        // that frees a slot schedules again.
        if (inFlight < maxInFlight) flush();
      } else if (inFlight === 0) idle.splice(0).forEach((wake) => wake());
    });
  };

  // Synchronous up to the hand-over: once the writer has the requests this keeps only what answers
  // them, so their events can be collected while the write is under way.
  const flush = (): void => {
    const batch = queue;
    const events = queuedEvents;
    queue = [];
    queuedEvents = 0;
    inFlight++;
    writingEvents += events;
    const answers = batch.map(({ dropped, settle }) => ({ dropped, settle }));
    void answerWhenWritten(startWrite(writer, batch), answers).finally(() => {
      inFlight--;
      writingEvents -= events;
      schedule();
    });
  };

  return {
    ingest(request) {
      if (queuedEvents + writingEvents >= maxPending) {
        return Promise.reject(
          new WaymarkError('E_OVERLOADED', 'too many events waiting to be written; retry shortly'),
        );
      }
      const { pending, outcome } = pendingWrite(validate(request, clock.now(), ids));
      queue.push(pending);
      queuedEvents += pending.events.length;
      if (queuedEvents >= groupEvents && inFlight < maxInFlight) flush();
      else schedule();
      return outcome;
    },
    drain() {
      if (queue.length === 0 && inFlight === 0 && !scheduled) return Promise.resolve();
      return new Promise<void>((resolve) => idle.push(resolve));
    },
  };
}

type Answer = Pick<Pending, 'dropped' | 'settle'>;

function startWrite(writer: EventWriter, batch: readonly Pending[]): Promise<WriteOutcome[]> {
  try {
    return writer.write(batch);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

async function answerWhenWritten(
  written: Promise<WriteOutcome[]>,
  answers: readonly Answer[],
): Promise<void> {
  try {
    const outcomes = await written;
    answers.forEach((answer, i) =>
      answer.settle({ ok: true, outcome: { ...outcomes[i]!, dropped: answer.dropped } }),
    );
  } catch (error) {
    for (const answer of answers) answer.settle({ ok: false, error });
  }
}

/**
 * A request waiting for its group, and the promise of its outcome. Built apart so the settle
 * closure captures nothing but the promise's resolvers, not the events.
 */
function pendingWrite({ events, dropped }: Omit<Pending, 'settle'>): {
  pending: Pending;
  outcome: Promise<IngestOutcome>;
} {
  let settle!: Pending['settle'];
  const outcome = new Promise<IngestOutcome>((resolve, reject) => {
    settle = (result) => (result.ok ? resolve(result.outcome) : reject(result.error));
  });
  return { pending: { events, dropped, settle }, outcome };
}

function validate(
  request: IngestRequest,
  receivedAt: Instant,
  ids: IdGenerator,
): { events: EncodedEvent[]; dropped: DroppedEvent[] } {
  const envelope: EventEnvelope = {
    receivedAt,
    ip: request.ip,
    newMessageId: () => ids.messageId(),
    ...(request.routeType ? { routeType: request.routeType } : {}),
    ...(request.batchContext ? { batchContext: request.batchContext } : {}),
    ...(request.batchIntegrations ? { batchIntegrations: request.batchIntegrations } : {}),
    ...(request.batchSentAt !== undefined ? { batchSentAt: request.batchSentAt } : {}),
    ...(request.requestBytes !== undefined ? { requestBytes: request.requestBytes } : {}),
  };
  const events: EncodedEvent[] = [];
  const dropped: DroppedEvent[] = [];
  for (const item of request.items) {
    const result = normalizeEvent(item, envelope);
    if (result.ok) events.push(result.value);
    else dropped.push(describeDrop(item, result.error, receivedAt, request.routeType));
  }
  return { events, dropped };
}

function describeDrop(
  item: unknown,
  { reason, message }: { reason: DroppedEvent['reason']; message: string },
  receivedAt: Instant,
  routeType: EventType | undefined,
): DroppedEvent {
  const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  const text = (value: unknown): string | null => (typeof value === 'string' ? value.slice(0, 100) : null);
  let sample: string;
  try {
    sample = JSON.stringify(item)?.slice(0, 500) ?? String(item);
  } catch {
    sample = String(item).slice(0, 500);
  }
  return {
    reason,
    message,
    messageId: text(record.messageId),
    type: routeType ?? text(record.type),
    sample,
    receivedAt,
  };
}
