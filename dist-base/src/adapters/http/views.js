import { toIso } from '../../core/shared/index.js';
/** An event as the API shows it (times as ISO strings). */
export function eventView(event) {
    return {
        seq: event.seq,
        messageId: event.messageId,
        type: event.type,
        event: event.event,
        name: event.name,
        profileId: event.profileId,
        userId: event.userId,
        anonymousId: event.anonymousId,
        groupId: event.groupId,
        timestamp: toIso(event.timestamp),
        receivedAt: toIso(event.receivedAt),
        properties: event.properties,
        traits: event.traits,
        context: event.context,
    };
}
/** A profile as the API shows it: spec §2 fields plus every identity and group. */
export function profileView(profile) {
    return {
        id: profile.id,
        userId: profile.userId,
        userIds: profile.userIds,
        anonymousIds: profile.anonymousIds,
        traits: profile.traits.values,
        groupIds: profile.groupIds,
        firstSeenAt: toIso(profile.firstSeenAt),
        lastSeenAt: toIso(profile.lastSeenAt),
    };
}
export function dropView(drop) {
    return { ...drop, receivedAt: toIso(drop.receivedAt) };
}
//# sourceMappingURL=views.js.map