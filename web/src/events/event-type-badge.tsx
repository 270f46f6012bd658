import type { EventType } from '../api-client/event-view.js';
import { Badge, type BadgeTone } from '../ui/badge.js';

const TONES: Record<EventType, BadgeTone> = {
  track: 'indigo',
  identify: 'green',
  page: 'sky',
  screen: 'teal',
  group: 'amber',
  alias: 'violet',
};

export function EventTypeBadge({ type }: { type: EventType }) {
  return (
    <Badge tone={TONES[type] ?? 'neutral'} testId="event-type">
      {type}
    </Badge>
  );
}
