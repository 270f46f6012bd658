import type { Instant } from '../core/shared/index.js';

/** The source of the current time. Nothing outside an adapter asks the system for it. */
export interface Clock {
  now(): Instant;
}
