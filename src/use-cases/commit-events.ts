import type { MessageId } from '../core/shared/index.js';
import type { EncodedEvent } from '../core/events/index.js';
import { anonymousKey, planIngest, userKey, type IdentityKey } from '../core/profiles/index.js';
import type { IdGenerator } from '../ports/ids.js';
import type {
  EventWriter,
  IngestStore,
  IngestTransaction,
  WriteOutcome,
  WriteRequest,
} from '../ports/storage.js';

/**
 * The writer that runs in the calling thread: each call is one transaction of the store that
 * deduplicates on messageId, resolves identities and writes the plan.
 */
export function inlineEventWriter(store: IngestStore, ids: Pick<IdGenerator, 'profileId'>): EventWriter {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    write(requests) {
      const result = store.write((tx) => commitRequests(tx, requests, ids));
      tail = result.catch(() => undefined);
      return result;
    },
    async close() {
      await tail;
    },
  };
}

/** Deduplicates, plans and applies one group of requests inside one transaction. */
export async function commitRequests(
  tx: IngestTransaction,
  requests: readonly WriteRequest[],
  ids: Pick<IdGenerator, 'profileId'>,
): Promise<WriteOutcome[]> {
  // Plain loops: this runs for every event of every group, and each array or set it does not
  // build is garbage the writer does not collect.
  const messageIds: MessageId[] = [];
  for (const request of requests) for (const event of request.events) messageIds.push(event.messageId);
  const unseen = await tx.unseenMessageIds(messageIds);
  const events: EncodedEvent[] = [];
  const outcomes = requests.map((request) => {
    let accepted = 0;
    for (const event of request.events) {
      // Taking an id out of the set makes the first copy win, also inside one group commit.
      if (!unseen.delete(event.messageId)) continue;
      events.push(event);
      accepted++;
    }
    return { accepted, duplicates: request.events.length - accepted };
  });
  if (events.length > 0) {
    const known = await tx.loadKnown(identityKeysOf(events), groupIdsOf(events));
    await tx.apply(planIngest(events, known, () => ids.profileId()));
  }
  const drops = requests.flatMap((request) => request.dropped);
  if (drops.length > 0) await tx.recordDrops(drops);
  return outcomes;
}

function identityKeysOf(events: readonly EncodedEvent[]): IdentityKey[] {
  const keys = new Set<IdentityKey>();
  for (const event of events) {
    if (event.userId !== null) keys.add(userKey(event.userId));
    if (event.anonymousId !== null) keys.add(anonymousKey(event.anonymousId));
    if (event.previousId !== null) {
      keys.add(userKey(event.previousId));
      keys.add(anonymousKey(event.previousId));
    }
  }
  return [...keys];
}

function groupIdsOf(events: readonly EncodedEvent[]): string[] {
  const groupIds = new Set<string>();
  for (const event of events) if (event.groupId !== null) groupIds.add(event.groupId);
  return [...groupIds];
}
