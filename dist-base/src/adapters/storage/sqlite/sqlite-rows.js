import { asMessageId, asProfileId } from '../../../core/shared/index.js';
export function eventFromRow(row) {
    const payload = JSON.parse(row.payload);
    return {
        seq: row.seq,
        messageId: asMessageId(row.message_id),
        type: row.type,
        event: row.event,
        name: row.name,
        profileId: asProfileId(row.profile_id),
        userId: row.user_id,
        anonymousId: row.anonymous_id,
        groupId: row.group_id,
        previousId: row.previous_id,
        timestamp: row.timestamp,
        originalTimestamp: row.original_timestamp,
        sentAt: row.sent_at,
        receivedAt: row.received_at,
        ...payload,
    };
}
export function profileFromJson(data) {
    const parsed = JSON.parse(data);
    return { ...parsed, id: asProfileId(parsed.id) };
}
/** Lower-cased ids and the traits people search by, so a LIKE finds a profile by any of them. */
export function profileSearchText(profile) {
    const traits = profile.traits.values;
    const parts = [profile.id, ...profile.userIds, ...profile.anonymousIds];
    for (const key of ['email', 'name', 'firstName', 'lastName', 'phone', 'username']) {
        const value = traits[key];
        if (typeof value === 'string' || typeof value === 'number')
            parts.push(String(value));
    }
    return parts.join(' ').toLowerCase();
}
export function groupFromJson(data) {
    return JSON.parse(data);
}
//# sourceMappingURL=sqlite-rows.js.map