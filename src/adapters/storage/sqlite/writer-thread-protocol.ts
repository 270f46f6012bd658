import type { MessagePort } from 'node:worker_threads';
import { asMessageId } from '../../../core/shared/index.js';
import {
  EVENT_TYPES,
  type DroppedEvent,
  type EncodedEvent,
  type JsonObject,
} from '../../../core/events/index.js';
import type { WriteOutcome, WriteRequest } from '../../../ports/storage.js';
import type { CommittedLink } from './identity-links.js';
import type { CommittedMerge } from './sqlite-ingest-store.js';

// The messages between the server thread and the SQLite writer thread. Events travel as flat
// columns: structured cloning many small objects costs more than the write they are for, and
// each string or null costs the clone about as much as copying 300 bytes, so fields that are
// mostly null travel apart.

const STRINGS_PER_EVENT = 5;
const NUMBERS_PER_EVENT = 5;

/** What the writer thread needs to open the database. */
export interface WriterThreadData {
  readonly file: string;
  readonly synchronous: 'full' | 'normal';
  /** The current time, for the deduplication window. */
  readonly now: number;
  /** The commit counter (CommitCounter) shared with the sync thread, when one makes commits durable. */
  readonly commits?: SharedArrayBuffer;
}

/**
 * The entry script serves every thread of the store; this tells it which one it is. The writer
 * also gets the port its writes come on (see `ToWriter`).
 */
export type WriterThreadRole = {
  readonly role: 'writer' | 'checkpointer' | 'syncer';
  readonly writes?: MessagePort;
};

/**
 * Server → writer. Each write travels on a port of its own, the writes port, which the writer
 * reads with `receiveMessageOnPort` only when it is ready to commit the write: until then it
 * stays serialized outside the writer's heap. `write` says one more is waiting there.
 */
export type ToWriter = { readonly kind: 'write' } | { readonly kind: 'close' };
export type FromWriter = WriteReply | { readonly kind: 'ready' } | { readonly kind: 'closed' };

/** Server → writer: one group of requests to commit in one transaction. */
export interface WriteMessage {
  readonly kind: 'write';
  readonly id: number;
  /** Events per request. */
  readonly counts: Int32Array;
  /** messageId, the track's event or the page's name, userId, anonymousId, body; per event. */
  readonly strings: Array<string | null>;
  /** Type (index in EVENT_TYPES), timestamp, originalTimestamp, sentAt (NaN when absent), receivedAt; per event. */
  readonly numbers: Float64Array;
  /** groupId and previousId by event position, for the few events that have either. */
  readonly rareIds: Array<[number, string | null, string | null]>;
  /** Traits by event position, for identify and group calls: the only ones planning reads. */
  readonly traits: Array<[number, JsonObject]>;
  readonly drops: ReadonlyArray<readonly DroppedEvent[]>;
}

/** Writer → server: a group is durable, or failed. */
export type WriteReply =
  | {
      readonly kind: 'written';
      readonly id: number;
      /** The commit's number on the shared counter: answer once the sync thread has synced it. */
      readonly commit: number;
      /** accepted, duplicates; per request. */
      readonly outcomes: Int32Array;
      /** The committed rows: position of the event in the message, its seq and profile. */
      readonly positions: Int32Array;
      readonly seqs: Float64Array;
      readonly profileIds: string[];
      readonly merges: readonly CommittedMerge[];
      readonly links: readonly CommittedLink[];
    }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

export function encodeWrite(id: number, requests: readonly WriteRequest[]): WriteMessage {
  const total = requests.reduce((sum, request) => sum + request.events.length, 0);
  const strings: Array<string | null> = new Array<string | null>(total * STRINGS_PER_EVENT);
  const numbers = new Float64Array(total * NUMBERS_PER_EVENT);
  const traits: Array<[number, JsonObject]> = [];
  const rareIds: Array<[number, string | null, string | null]> = [];
  let at = 0;
  for (const request of requests) {
    for (const event of request.events) {
      const s = at * STRINGS_PER_EVENT;
      strings[s] = event.messageId;
      // Only a track has an event and only a page or screen a name: one slot serves both.
      strings[s + 1] = event.event ?? event.name;
      strings[s + 2] = event.userId;
      strings[s + 3] = event.anonymousId;
      strings[s + 4] = event.body;
      const n = at * NUMBERS_PER_EVENT;
      numbers[n] = TYPE_CODES[event.type];
      numbers[n + 1] = event.timestamp;
      numbers[n + 2] = event.originalTimestamp;
      numbers[n + 3] = event.sentAt ?? Number.NaN;
      numbers[n + 4] = event.receivedAt;
      if (event.type === 'identify' || event.type === 'group') traits.push([at, event.traits]);
      if (event.groupId !== null || event.previousId !== null)
        rareIds.push([at, event.groupId, event.previousId]);
      at++;
    }
  }
  const counts = Int32Array.from(requests, (request) => request.events.length);
  const drops = requests.map((r) => r.dropped);
  return { kind: 'write', id, counts, strings, numbers, traits, rareIds, drops };
}

const TYPE_CODES = Object.fromEntries(EVENT_TYPES.map((type, code) => [type, code])) as Record<
  EncodedEvent['type'],
  number
>;

const NOTHING: JsonObject = Object.freeze({});

/**
 * The requests of a message. Properties, context and integrations come back empty: the writer
 * stores the body as sent and reads none of them.
 */
export function decodeWrite(message: WriteMessage): WriteRequest[] {
  const { strings, numbers } = message;
  const traits = new Map(message.traits);
  const rareIds = new Map(message.rareIds.map(([at, groupId, previousId]) => [at, { groupId, previousId }]));
  const requests: WriteRequest[] = [];
  let at = 0;
  message.counts.forEach((count, index) => {
    const events: EncodedEvent[] = [];
    for (const end = at + count; at < end; at++) {
      const s = at * STRINGS_PER_EVENT;
      const n = at * NUMBERS_PER_EVENT;
      const type = EVENT_TYPES[numbers[n]!]!;
      const sentAt = numbers[n + 3]!;
      const rare = rareIds.get(at);
      events.push({
        messageId: asMessageId(strings[s]!),
        type,
        event: type === 'track' ? strings[s + 1]! : null,
        name: type === 'page' || type === 'screen' ? strings[s + 1]! : null,
        userId: strings[s + 2]!,
        anonymousId: strings[s + 3]!,
        groupId: rare?.groupId ?? null,
        previousId: rare?.previousId ?? null,
        body: strings[s + 4]!,
        properties: NOTHING,
        traits: traits.get(at) ?? NOTHING,
        context: NOTHING,
        integrations: NOTHING,
        timestamp: numbers[n + 1]!,
        originalTimestamp: numbers[n + 2]!,
        sentAt: Number.isNaN(sentAt) ? null : sentAt,
        receivedAt: numbers[n + 4]!,
      });
    }
    requests.push({ events, dropped: message.drops[index] ?? [] });
  });
  return requests;
}

export function encodeOutcomes(outcomes: readonly WriteOutcome[]): Int32Array {
  const flat = new Int32Array(outcomes.length * 2);
  outcomes.forEach((outcome, i) => {
    flat[i * 2] = outcome.accepted;
    flat[i * 2 + 1] = outcome.duplicates;
  });
  return flat;
}

export function decodeOutcomes(flat: Int32Array): WriteOutcome[] {
  const outcomes: WriteOutcome[] = [];
  for (let i = 0; i < flat.length; i += 2) outcomes.push({ accepted: flat[i]!, duplicates: flat[i + 1]! });
  return outcomes;
}
