import type { ActorEvents } from './actor-events.js';

/**
 * Which actors a query may count (a segment restriction), as one byte per actor.
 * Undefined means every actor.
 */
export type ActorMask = Uint8Array | undefined;

/** A mask keeping the actors whose profile id is in `profileIds`. */
export function maskOfProfiles(table: ActorEvents, profileIds: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(table.actorCount);
  table.actorIds.forEach((id, actor) => {
    if (profileIds.has(id)) mask[actor] = 1;
  });
  return mask;
}
