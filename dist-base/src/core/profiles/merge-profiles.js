import { mergeTraitStates } from './apply-traits.js';
const union = (a, b) => [...new Set([...a, ...b])];
/** Folds `loser` into `winner`: the winner keeps its id and primary userId; traits merge by time. */
export function mergeProfiles(winner, loser) {
    return {
        id: winner.id,
        userId: winner.userId ?? loser.userId,
        userIds: union(winner.userIds, loser.userIds),
        anonymousIds: union(winner.anonymousIds, loser.anonymousIds),
        traits: mergeTraitStates(loser.traits, winner.traits),
        groupIds: union(winner.groupIds, loser.groupIds),
        firstSeenAt: Math.min(winner.firstSeenAt, loser.firstSeenAt),
        lastSeenAt: Math.max(winner.lastSeenAt, loser.lastSeenAt),
    };
}
//# sourceMappingURL=merge-profiles.js.map