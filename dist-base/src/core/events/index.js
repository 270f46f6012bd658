export { EVENT_TYPES, encodeBody } from './event.js';
export { normalizeEvent, MAX_EVENT_BYTES, MAX_EVENT_DEPTH } from './normalize-event.js';
export { normalizeEventName, STANDARD_EVENT_NAMES } from './ecommerce-names.js';
export { EMAIL_EVENTS } from './email-names.js';
export { splitBatch, MAX_BATCH_EVENTS } from './split-batch.js';
//# sourceMappingURL=index.js.map