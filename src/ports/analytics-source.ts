import type { ProfileId } from '../core/shared/index.js';
import type { ActorEvents, ActorEventsRequest } from '../core/analytics/index.js';

/**
 * Feeds the analytics rules: every event resolved to its merged profile, sorted by (actor, time),
 * with the property columns a query needs. A store may build it in memory (SQLite) or from
 * per-actor arrays pushed down to the database (ClickHouse); the rules do not change.
 */
export interface AnalyticsSource {
  actorEvents(request: ActorEventsRequest): Promise<ActorEvents>;
}

/** A saved, static list of profiles: what a query's `segmentId` names until segments exist. */
export interface ProfileList {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly createdAt: number;
}

export interface ProfileListStore {
  createList(
    list: { id: string; name: string; createdAt: number },
    members: readonly ProfileId[],
  ): Promise<ProfileList>;
  /** Member profile ids (as currently merged), or undefined when there is no such list. */
  listMembers(id: string): Promise<Set<string> | undefined>;
  lists(): Promise<ProfileList[]>;
}
