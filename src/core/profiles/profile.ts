import type { Instant, ProfileId } from '../shared/index.js';
import type { JsonObject } from '../events/index.js';

/** Traits with the event time each was last set at, so an older identify never overwrites a newer one. */
export interface TraitState {
  readonly values: JsonObject;
  readonly setAt: Readonly<Record<string, Instant>>;
}

/** One person after identity merge: every userId and anonymousId known to belong to them. */
export interface Profile {
  readonly id: ProfileId;
  /** The primary known id; null while the profile is anonymous. */
  readonly userId: string | null;
  readonly userIds: readonly string[];
  readonly anonymousIds: readonly string[];
  readonly traits: TraitState;
  /** Ids of the groups (accounts) the profile belongs to. */
  readonly groupIds: readonly string[];
  readonly firstSeenAt: Instant;
  readonly lastSeenAt: Instant;
}

/** A group (account, company) with its traits, built from group calls. */
export interface Group {
  readonly id: string;
  readonly traits: TraitState;
  readonly firstSeenAt: Instant;
  readonly lastSeenAt: Instant;
}

/** Key of one identity in the identity index: `u:<userId>` or `a:<anonymousId>`. */
export type IdentityKey = `u:${string}` | `a:${string}`;

export const userKey = (userId: string): IdentityKey => `u:${userId}`;
export const anonymousKey = (anonymousId: string): IdentityKey => `a:${anonymousId}`;

/** All identity keys of a profile. */
export function identityKeys(profile: Profile): IdentityKey[] {
  return [...profile.userIds.map(userKey), ...profile.anonymousIds.map(anonymousKey)];
}

export const EMPTY_TRAITS: TraitState = { values: {}, setAt: {} };
