import type { JsonObject } from '../events/index.js';

/** The call types the demo shop sends. */
export type SegmentCallType = 'track' | 'page' | 'identify';

/** A raw Segment call as a client library would send it: plain JSON, ready for `JSON.stringify`. */
export interface SegmentCall {
  readonly type: SegmentCallType;
  readonly messageId: string;
  /** ISO-8601 with milliseconds and `Z`. */
  readonly timestamp: string;
  readonly userId?: string;
  readonly anonymousId?: string;
  /** Event name of a track call. */
  readonly event?: string;
  /** Page name of a page call. */
  readonly name?: string;
  readonly properties?: JsonObject;
  readonly traits?: JsonObject;
  readonly context: JsonObject;
}
