export { userKey, anonymousKey, identityKeys, EMPTY_TRAITS } from './profile.js';
export { applyTraits, mergeTraitStates } from './apply-traits.js';
export { mergeProfiles } from './merge-profiles.js';
export { planIngest } from './plan-ingest.js';
//# sourceMappingURL=index.js.map