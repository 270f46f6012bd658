import { useState } from 'react';
import type { EventView } from '../api-client/event-view.js';
import { describeEvent, eventFields, summarizeFields } from '../events/describe-event.js';
import { EventDetail } from '../events/event-detail.js';
import { EventTypeBadge } from '../events/event-type-badge.js';
import { Card } from '../ui/card.js';
import { EmptyState } from '../ui/empty-state.js';
import { TimeAgo } from '../ui/time-ago.js';

/** The profile's events, newest first, across every merged identity. Click one for its JSON. */
export function ProfileTimeline({ events }: { events: EventView[] }) {
  const [openSeq, setOpenSeq] = useState<number | null>(null);
  return (
    <Card
      title="Activity"
      actions={<span className="muted small">{events.length} events</span>}
      testId="profile-timeline"
    >
      {events.length === 0 ? (
        <EmptyState title="No events yet" />
      ) : (
        <ol className="timeline">
          {events.map((event) => (
            <li
              key={event.seq}
              className={`timeline__item timeline__item--${event.type}`}
              data-testid="timeline-event"
            >
              <button
                type="button"
                className="timeline__summary"
                aria-expanded={openSeq === event.seq}
                onClick={() => setOpenSeq(openSeq === event.seq ? null : event.seq)}
              >
                <span className="timeline__title">
                  <span className="timeline__name" data-testid="timeline-event-name">
                    {describeEvent(event)}
                  </span>
                  <EventTypeBadge type={event.type} />
                </span>
                <span className="timeline__when muted">
                  <TimeAgo at={event.timestamp} />
                </span>
                <span className="timeline__fields muted">{summarizeFields(eventFields(event), 4)}</span>
                <span className="timeline__as mono">as {event.userId ?? event.anonymousId ?? '—'}</span>
              </button>
              {openSeq === event.seq && <EventDetail event={event} />}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
