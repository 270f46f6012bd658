// Events: the shape of a stored call and the rules that turn a raw Segment call into one.
// May import core/shared only.
export type { EventType, TrackedEvent, EncodedEvent, JsonObject, DropReason, DroppedEvent } from './event.js';
export { EVENT_TYPES, encodeBody } from './event.js';
export { normalizeEvent, MAX_EVENT_BYTES, MAX_EVENT_DEPTH } from './normalize-event.js';
export type { EventEnvelope, EventProblem } from './normalize-event.js';
export { normalizeEventName, STANDARD_EVENT_NAMES } from './ecommerce-names.js';
export { EMAIL_EVENTS } from './email-names.js';
export { splitBatch, MAX_BATCH_EVENTS } from './split-batch.js';
export type { BatchParts } from './split-batch.js';
