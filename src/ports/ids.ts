import type { ProfileId } from '../core/shared/index.js';

/** Makes unique ids; randomness lives behind this port. */
export interface IdGenerator {
  messageId(): string;
  profileId(): ProfileId;
  /** A random secret of at least 128 bits, URL-safe. */
  secret(): string;
}
