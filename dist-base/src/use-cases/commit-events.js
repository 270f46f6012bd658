import { anonymousKey, planIngest, userKey } from '../core/profiles/index.js';
/**
 * The writer that runs in the calling thread: each call is one transaction of the store that
 * deduplicates on messageId, resolves identities and writes the plan.
 */
export function inlineEventWriter(store, ids) {
    let tail = Promise.resolve();
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
export async function commitRequests(tx, requests, ids) {
    // Plain loops: this runs for every event of every group, and each array or set it does not
    // build is garbage the writer does not collect.
    const messageIds = [];
    for (const request of requests)
        for (const event of request.events)
            messageIds.push(event.messageId);
    const unseen = await tx.unseenMessageIds(messageIds);
    // The first copy of a message id wins, also inside one group commit.
    const taken = new Set();
    const events = [];
    const outcomes = requests.map((request) => {
        let accepted = 0;
        for (const event of request.events) {
            if (!unseen.has(event.messageId) || taken.has(event.messageId))
                continue;
            taken.add(event.messageId);
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
    if (drops.length > 0)
        await tx.recordDrops(drops);
    return outcomes;
}
function identityKeysOf(events) {
    const keys = new Set();
    for (const event of events) {
        if (event.userId !== null)
            keys.add(userKey(event.userId));
        if (event.anonymousId !== null)
            keys.add(anonymousKey(event.anonymousId));
        if (event.previousId !== null) {
            keys.add(userKey(event.previousId));
            keys.add(anonymousKey(event.previousId));
        }
    }
    return [...keys];
}
function groupIdsOf(events) {
    const groupIds = new Set();
    for (const event of events)
        if (event.groupId !== null)
            groupIds.add(event.groupId);
    return [...groupIds];
}
//# sourceMappingURL=commit-events.js.map