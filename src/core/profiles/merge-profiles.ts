import { mergeTraitStates } from './apply-traits.js';
import type { Profile } from './profile.js';

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

/** Folds `loser` into `winner`: the winner keeps its id and primary userId; traits merge by time. */
export function mergeProfiles(winner: Profile, loser: Profile): Profile {
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
