import { asMessageId, asProfileId } from '../../../core/shared/index.js';
import type { EventType, JsonObject } from '../../../core/events/index.js';
import type { Group, Profile } from '../../../core/profiles/index.js';
import type { StoredEvent } from '../../../ports/storage.js';

export interface EventRow {
  seq: number;
  message_id: string;
  type: string;
  event: string | null;
  name: string | null;
  profile_id: string;
  user_id: string | null;
  anonymous_id: string | null;
  group_id: string | null;
  previous_id: string | null;
  timestamp: number;
  original_timestamp: number;
  sent_at: number | null;
  received_at: number;
  payload: string;
}

interface EventPayload {
  properties: JsonObject;
  traits: JsonObject;
  context: JsonObject;
  integrations: JsonObject;
}

export function eventFromRow(row: EventRow): StoredEvent {
  const payload = JSON.parse(row.payload) as EventPayload;
  return {
    seq: row.seq,
    messageId: asMessageId(row.message_id),
    type: row.type as EventType,
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

export function profileFromJson(data: string): Profile {
  const parsed = JSON.parse(data) as Profile;
  return { ...parsed, id: asProfileId(parsed.id) };
}

/** Lower-cased ids and the traits people search by, so a LIKE finds a profile by any of them. */
export function profileSearchText(profile: Profile): string {
  const traits = profile.traits.values;
  const parts = [profile.id, ...profile.userIds, ...profile.anonymousIds];
  for (const key of ['email', 'name', 'firstName', 'lastName', 'phone', 'username']) {
    const value = traits[key];
    if (typeof value === 'string' || typeof value === 'number') parts.push(String(value));
  }
  return parts.join(' ').toLowerCase();
}

export function groupFromJson(data: string): Group {
  return JSON.parse(data) as Group;
}
