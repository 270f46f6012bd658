import type { Instant, MessageId } from '../shared/index.js';

/** The six Segment call types we store. `batch` is a transport wrapper, never stored. */
export type EventType = 'identify' | 'track' | 'page' | 'screen' | 'group' | 'alias';

export const EVENT_TYPES: readonly EventType[] = ['identify', 'track', 'page', 'screen', 'group', 'alias'];

export type JsonObject = { [key: string]: unknown };

/** True for a plain JSON object (not null, not an array). */
export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One accepted call after validation and normalisation: identities checked, e-commerce names
 * normalised to v2, timestamp corrected for clock skew, `receivedAt` and `context.ip` stamped.
 */
export interface TrackedEvent {
  readonly messageId: MessageId;
  readonly type: EventType;
  /** Event name of a track call; null for the other types. */
  readonly event: string | null;
  /** Page or screen name (page/screen), else null. */
  readonly name: string | null;
  readonly userId: string | null;
  readonly anonymousId: string | null;
  /** Group id of a group call. */
  readonly groupId: string | null;
  /** Previous id of an alias call. */
  readonly previousId: string | null;
  readonly properties: JsonObject;
  readonly traits: JsonObject;
  readonly context: JsonObject;
  readonly integrations: JsonObject;
  /** Skew-corrected time of the event: the one every analysis uses. */
  readonly timestamp: Instant;
  readonly originalTimestamp: Instant;
  readonly sentAt: Instant | null;
  readonly receivedAt: Instant;
}

/**
 * An accepted event with its body (`properties`, `traits`, `context`, `integrations` as JSON)
 * serialized once: the size limit measures it and stores keep it as it is.
 */
export interface EncodedEvent extends TrackedEvent {
  readonly body: string;
}

/** The JSON body of an event: everything that is not a field of its own. */
export function encodeBody({
  properties,
  traits,
  context,
  integrations,
}: Pick<TrackedEvent, 'properties' | 'traits' | 'context' | 'integrations'>): string {
  return JSON.stringify({ properties, traits, context, integrations });
}

/** Why an event inside an accepted request was dropped. Stable values, shown to admins. */
export type DropReason =
  | 'missing_identity'
  | 'missing_event'
  | 'missing_group_id'
  | 'missing_previous_id'
  | 'event_too_large'
  | 'nesting_too_deep'
  | 'invalid_type'
  | 'invalid_field'
  | 'not_an_object'
  | 'batch_too_long';

/** A dropped event with its reason, kept so an admin can see what a client sends wrong. */
export interface DroppedEvent {
  readonly reason: DropReason;
  readonly message: string;
  readonly messageId: string | null;
  readonly type: string | null;
  /** A prefix of the offending payload, for diagnosis. */
  readonly sample: string;
  readonly receivedAt: Instant;
}
