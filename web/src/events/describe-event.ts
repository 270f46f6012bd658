import type { EventView } from '../api-client/event-view.js';

/** The headline of an event: its name for track/page/screen, else what the call did. */
export function describeEvent(event: EventView): string {
  switch (event.type) {
    case 'track':
      return event.event ?? 'Unnamed event';
    case 'page':
      return event.name ?? pageUrl(event) ?? 'Page viewed';
    case 'screen':
      return event.name ?? 'Screen viewed';
    case 'identify':
      return 'Identified';
    case 'group':
      return event.groupId === null ? 'Joined a group' : `Joined group ${event.groupId}`;
    case 'alias':
      return 'Aliased identity';
    default:
      return String(event.type);
  }
}

/** The fields worth a glance: properties, or traits for identify/group calls. */
export function eventFields(event: EventView): Record<string, unknown> {
  return event.type === 'identify' || event.type === 'group' ? event.traits : event.properties;
}

/** "revenue: 42 · currency: "USD" · +3 more", cut to fit one table cell. */
export function summarizeFields(fields: Record<string, unknown>, maxEntries = 3): string {
  const entries = Object.entries(fields);
  const shown = entries.slice(0, maxEntries).map(([key, value]) => `${key}: ${shortValue(value)}`);
  const more = entries.length - shown.length;
  return more > 0 ? `${shown.join(' · ')} · +${more} more` : shown.join(' · ');
}

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function pageUrl(event: EventView): string | null {
  const path = event.properties.path ?? event.properties.url;
  return typeof path === 'string' ? path : null;
}
