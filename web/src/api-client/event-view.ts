import type { EventType } from '../../../src/core/events/index.js';

export type { EventType };

/** One stored event as the web-app routes return it (docs/api-internal.md). */
export interface EventView {
  seq: number;
  messageId: string;
  type: EventType;
  event: string | null;
  name: string | null;
  profileId: string | null;
  userId: string | null;
  anonymousId: string | null;
  groupId: string | null;
  timestamp: string;
  receivedAt: string;
  properties: Record<string, unknown>;
  traits: Record<string, unknown>;
  context: Record<string, unknown>;
}
