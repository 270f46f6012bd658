export const userKey = (userId) => `u:${userId}`;
export const anonymousKey = (anonymousId) => `a:${anonymousId}`;
/** All identity keys of a profile. */
export function identityKeys(profile) {
    return [...profile.userIds.map(userKey), ...profile.anonymousIds.map(anonymousKey)];
}
export const EMPTY_TRAITS = { values: {}, setAt: {} };
//# sourceMappingURL=profile.js.map