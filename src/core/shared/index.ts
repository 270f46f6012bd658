// Shared primitives of the core: ids, time, results and errors. Every core folder may import this.
export type { ProfileId, MessageId, SourceId } from './ids.js';
export { asProfileId, asMessageId } from './ids.js';
export type { Instant, Duration, DurationUnit } from './time.js';
export { durationToMs, toIso, parseInstant } from './time.js';
export type { Result } from './result.js';
export { ok, err } from './result.js';
export { WaymarkError, assertNever } from './errors.js';
export type { ErrorCode } from './errors.js';
export { utf8Length, jsonDepthExceeds } from './json-size.js';
export { parseOrThrow } from './parse.js';
