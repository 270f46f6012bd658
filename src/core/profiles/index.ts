// Profiles: identity resolution, merges and traits. May import core/shared and core/events.
export type { Profile, Group, TraitState, IdentityKey } from './profile.js';
export { userKey, anonymousKey, identityKeys, EMPTY_TRAITS } from './profile.js';
export { applyTraits, mergeTraitStates } from './apply-traits.js';
export { mergeProfiles } from './merge-profiles.js';
export { planIngest } from './plan-ingest.js';
export type { IngestPlan, KnownIdentities } from './plan-ingest.js';
