import { asMessageId, jsonDepthExceeds, utf8Length, type Instant, type Result } from '../shared/index.js';
import { normalizeEventName } from './ecommerce-names.js';
import { readUtcIsoTime } from './utc-time.js';
import type { DropReason, EventType, JsonObject, TrackedEvent } from './event.js';
import { EVENT_TYPES, encodeBody, isJsonObject, type EncodedEvent } from './event.js';

/** Segment's per-event limit; also the limit of a single (non-batch) request. */
export const MAX_EVENT_BYTES = 32 * 1024;
/** Deeper payloads are dropped: no real client nests this far, and deep trees are a cheap attack. */
export const MAX_EVENT_DEPTH = 64;
const MAX_MESSAGE_ID_LENGTH = 100;

/** What the transport knows about the request an event arrived in. */
export interface EventEnvelope {
  readonly receivedAt: Instant;
  /** Address of the client, stamped into `context.ip` when the event has none. */
  readonly ip: string | null;
  /** The type implied by the route (`/v1/track`); batch items carry their own. */
  readonly routeType?: EventType;
  /** Top-level `context`, `integrations` and `sentAt` of a batch, merged into each item. */
  readonly batchContext?: JsonObject;
  readonly batchIntegrations?: JsonObject;
  readonly batchSentAt?: unknown;
  /**
   * Size of the request body the event came in, when known: an event cannot be larger than its
   * request, so small requests skip measuring each event.
   */
  readonly requestBytes?: number;
  /** Makes a message id for events that came without one. */
  readonly newMessageId: () => string;
}

/** Why one event was not accepted. */
export interface EventProblem {
  readonly reason: DropReason;
  readonly message: string;
}

type Checked<T> = Result<T, EventProblem>;

/**
 * Why one event is dropped, as the readers below return it. A class, so that the readers return
 * either a value or this and the hot path builds no result wrapper per field.
 */
class Problem implements EventProblem {
  constructor(
    readonly reason: DropReason,
    readonly message: string,
  ) {}
}

/**
 * Validates one raw Segment call and turns it into a stored event: identities, required fields,
 * batch merge, clock-skew correction, v1 → v2 event names, then the body serialized once and held
 * to the size and depth limits.
 */
export function normalizeEvent(raw: unknown, envelope: EventEnvelope): Checked<EncodedEvent> {
  const event = readEvent(raw, envelope);
  if (event instanceof Problem) return { ok: false, error: { reason: event.reason, message: event.message } };
  return { ok: true, value: event };
}

function readEvent(raw: unknown, envelope: EventEnvelope): EncodedEvent | Problem {
  if (!isJsonObject(raw)) return new Problem('not_an_object', 'each event must be a JSON object');
  const type = readType(raw, envelope.routeType);
  if (type instanceof Problem) return type;
  const userId = readId(raw.userId);
  const anonymousId = readId(raw.anonymousId);
  const groupId = readId(raw.groupId);
  const previousId = readId(raw.previousId);
  const missing = missingIdentity(type, userId, anonymousId, groupId, previousId);
  if (missing) return missing;
  const objects = readObjects(raw, envelope, type);
  if (objects instanceof Problem) return objects;
  const originalTimestamp = readTime(raw.timestamp ?? raw.originalTimestamp, 'timestamp');
  if (originalTimestamp instanceof Problem) return originalTimestamp;
  const sentAt = readTime(raw.sentAt ?? envelope.batchSentAt, 'sentAt');
  if (sentAt instanceof Problem) return sentAt;
  const messageId = readMessageId(raw, envelope);
  if (messageId instanceof Problem) return messageId;
  const eventName = readEventName(raw, type);
  if (eventName instanceof Problem) return eventName;
  const body = encodeChecked(objects);
  if (body instanceof Problem) return body;

  const { properties, traits, context, integrations } = objects;
  const { receivedAt } = envelope;
  const original = originalTimestamp ?? receivedAt;
  const event: EncodedEvent = {
    messageId: asMessageId(messageId),
    type,
    event: eventName,
    name: type === 'page' || type === 'screen' ? readName(raw, properties) : null,
    userId,
    anonymousId,
    groupId,
    previousId,
    properties,
    traits,
    context,
    integrations,
    timestamp: correctedTime(original, sentAt, receivedAt),
    originalTimestamp: original,
    sentAt: sentAt ?? null,
    receivedAt,
    body,
  };
  if (mayBeTooLarge(envelope) && storedBytesExceed(event, MAX_EVENT_BYTES)) {
    return new Problem('event_too_large', `event is larger than ${MAX_EVENT_BYTES} bytes`);
  }
  return event;
}

/** An event cannot be larger than the request it came in: small requests skip measuring. */
const mayBeTooLarge = (envelope: EventEnvelope): boolean =>
  envelope.requestBytes === undefined || envelope.requestBytes > MAX_EVENT_BYTES;

/** Room for the keys and times of the fields stored beside the body. */
const FIELD_OVERHEAD_BYTES = 200;

/** True when the stored event (its body and its own fields) takes more than `limit` UTF-8 bytes. */
function storedBytesExceed(event: EncodedEvent, limit: number): boolean {
  const fieldChars =
    FIELD_OVERHEAD_BYTES +
    event.messageId.length +
    (event.event?.length ?? 0) +
    (event.name?.length ?? 0) +
    (event.userId?.length ?? 0) +
    (event.anonymousId?.length ?? 0) +
    (event.groupId?.length ?? 0) +
    (event.previousId?.length ?? 0);
  // UTF-8 needs at most 3 bytes per UTF-16 unit, so most events are cleared without measuring.
  if ((event.body.length + fieldChars) * 3 <= limit) return false;
  return utf8Length(event.body) + fieldChars * 3 > limit;
}

/** Serializes the body, refusing trees nested deeper than MAX_EVENT_DEPTH. */
function encodeChecked(objects: Objects): string | Problem {
  const tooDeep = () => new Problem('nesting_too_deep', `event nests deeper than ${MAX_EVENT_DEPTH} levels`);
  let body: string;
  try {
    body = encodeBody(objects);
  } catch (error) {
    // JSON.stringify recurses: a hostile tree thousands of levels deep overflows the stack.
    if (error instanceof RangeError) return tooDeep();
    throw error;
  }
  // An object MAX_EVENT_DEPTH levels down needs more opening brackets than that before it; counting
  // them in the text is cheaper than walking the tree, which only suspicious bodies get.
  if (countsAtLeast(body, MAX_EVENT_DEPTH + 1) && jsonDepthExceeds(objects, MAX_EVENT_DEPTH))
    return tooDeep();
  return body;
}

/** True when `text` holds at least `count` opening brackets (`{` or `[`). */
function countsAtLeast(text: string, count: number): boolean {
  let found = 0;
  for (const bracket of ['{', '[']) {
    for (let at = text.indexOf(bracket); at !== -1; at = text.indexOf(bracket, at + 1))
      if (++found >= count) return true;
  }
  return false;
}

function readType(raw: JsonObject, routeType: EventType | undefined): EventType | Problem {
  if (routeType) return routeType;
  const type = raw.type;
  if (typeof type === 'string' && (EVENT_TYPES as readonly string[]).includes(type)) return type as EventType;
  return new Problem('invalid_type', `type must be one of ${EVENT_TYPES.join(', ')}`);
}

/** Ids may arrive as numbers from loosely typed clients; empty strings count as absent. */
function readId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value;
  return null;
}

/** The problem with an event's identities for its type, if any. */
function missingIdentity(
  type: EventType,
  userId: string | null,
  anonymousId: string | null,
  groupId: string | null,
  previousId: string | null,
): Problem | undefined {
  if (type === 'alias') {
    if (previousId === null) return new Problem('missing_previous_id', 'alias needs previousId');
    if (userId === null) return new Problem('missing_identity', 'alias needs userId');
  }
  if (userId === null && anonymousId === null) {
    return new Problem('missing_identity', 'event has neither userId nor anonymousId');
  }
  if (type === 'group' && groupId === null) return new Problem('missing_group_id', 'group needs groupId');
  return undefined;
}

type Objects = Pick<TrackedEvent, 'properties' | 'traits' | 'context' | 'integrations'>;

function readObjects(raw: JsonObject, envelope: EventEnvelope, type: EventType): Objects | Problem {
  const properties = objectField(raw.properties, 'properties');
  if (properties instanceof Problem) return properties;
  const ownTraits = objectField(raw.traits, 'traits');
  if (ownTraits instanceof Problem) return ownTraits;
  const ownContext = objectField(raw.context, 'context');
  if (ownContext instanceof Problem) return ownContext;
  const ownIntegrations = objectField(raw.integrations, 'integrations');
  if (ownIntegrations instanceof Problem) return ownIntegrations;
  let context = merged(envelope.batchContext, ownContext);
  if (context.ip === undefined && envelope.ip !== null) context = { ...context, ip: envelope.ip };
  // RudderStack's SDKs send identify traits only in context.traits; top-level traits win.
  const contextTraits = type === 'identify' && isJsonObject(context.traits) ? context.traits : undefined;
  return {
    properties,
    traits: merged(contextTraits, ownTraits),
    context,
    integrations: merged(envelope.batchIntegrations, ownIntegrations),
  };
}

/** An object field of a call: absent or null reads as empty, anything but an object is a problem. */
function objectField(value: unknown, field: string): JsonObject | Problem {
  if (value === undefined || value === null) return EMPTY;
  return isJsonObject(value) ? value : new Problem('invalid_field', `${field} must be an object`);
}

/** The item's own keys win over the batch's (shallow merge, as Segment does). */
const merged = (batch: JsonObject | undefined, own: JsonObject): JsonObject =>
  batch === undefined ? own : { ...batch, ...own };

/** Shared by every event without the field: frozen, since it is never copied. */
const EMPTY: JsonObject = Object.freeze({});

/**
 * Segment's clock-skew correction: the gap the device saw between the event and sending it is
 * trusted, the device's absolute clock is not. A result in the future is clamped to now.
 */
function correctedTime(original: Instant, sentAt: Instant | undefined, receivedAt: Instant): Instant {
  if (sentAt === undefined) return original;
  return Math.min(receivedAt - (sentAt - original), receivedAt);
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A wire time, undefined when absent; a problem naming `field` when unreadable. Zone-less times are UTC. */
function readTime(value: unknown, field: string): Instant | undefined | Problem {
  if (value === undefined || value === null || value === '') return undefined;
  const invalid = () => new Problem('invalid_field', `${field} is not an ISO-8601 time`);
  if (typeof value !== 'string') return invalid();
  const common = readUtcIsoTime(value);
  if (common !== undefined) return common;
  const match = ISO_TIME.exec(value);
  if (!match) return invalid();
  const hasClock = value.length > 10;
  const at = Date.parse(hasClock && match[1] === undefined ? `${value}Z` : value);
  return Number.isFinite(at) ? at : invalid();
}

function readMessageId(raw: JsonObject, envelope: EventEnvelope): string | Problem {
  const given = readId(raw.messageId);
  if (given === null) return envelope.newMessageId();
  if (given.length > MAX_MESSAGE_ID_LENGTH) {
    return new Problem('invalid_field', `messageId is longer than ${MAX_MESSAGE_ID_LENGTH} characters`);
  }
  return given;
}

function readEventName(raw: JsonObject, type: EventType): string | null | Problem {
  if (type !== 'track') return null;
  const event = raw.event;
  if (typeof event !== 'string' || event.trim() === '') {
    return new Problem('missing_event', 'track needs a non-empty event name');
  }
  return normalizeEventName(event);
}

function readName(raw: JsonObject, properties: JsonObject): string | null {
  const name = raw.name ?? properties.name;
  return typeof name === 'string' && name !== '' ? name : null;
}
