import { useState } from 'react';
import type { EventView } from '../api-client/event-view.js';
import { useNow } from '../ui/use-now.js';
import { EventRow } from './event-row.js';

export interface EventTableProps {
  events: EventView[];
  /** Events with a larger `seq` are highlighted as new. */
  highlightAfterSeq?: number;
  testId?: string;
}

/** Events newest first; a click on a row shows its JSON. */
export function EventTable({
  events,
  highlightAfterSeq = Number.POSITIVE_INFINITY,
  testId,
}: EventTableProps) {
  const [expandedSeq, setExpandedSeq] = useState<number | null>(null);
  const now = useNow(15_000);
  return (
    <div className="table-scroll">
      <table className="table table--interactive" data-testid={testId}>
        <thead>
          <tr>
            <th className="event-row__time">Time</th>
            <th>Type</th>
            <th>Event</th>
            <th>Profile</th>
            <th className="hide-small">Properties</th>
            <th aria-label="Details" />
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <EventRow
              key={event.seq}
              event={event}
              now={now}
              isNew={event.seq > highlightAfterSeq}
              isExpanded={expandedSeq === event.seq}
              onToggle={() => setExpandedSeq(expandedSeq === event.seq ? null : event.seq)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
