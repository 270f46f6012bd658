export { asProfileId, asMessageId } from './ids.js';
export { durationToMs, toIso, parseInstant } from './time.js';
export { ok, err } from './result.js';
export { WaymarkError, assertNever } from './errors.js';
export { utf8Length, jsonDepthExceeds } from './json-size.js';
export { parseOrThrow } from './parse.js';
//# sourceMappingURL=index.js.map