import type { EventView } from '../api-client/event-view.js';
import { CopyButton } from '../ui/copy-button.js';
import { formatDateTime } from '../ui/format-time.js';
import { JsonView } from '../ui/json-view.js';

/** The full stored event: key facts on top, then the JSON as received. */
export function EventDetail({ event }: { event: EventView }) {
  const json = JSON.stringify(event, null, 2);
  return (
    <div className="event-detail" data-testid="event-detail">
      <dl className="fact-list">
        <Fact label="Message ID" value={event.messageId} />
        <Fact label="Timestamp" value={formatDateTime(event.timestamp)} />
        <Fact label="Received" value={formatDateTime(event.receivedAt)} />
        <Fact label="Sequence" value={String(event.seq)} />
      </dl>
      <div className="event-detail__json">
        <CopyButton text={json} label="Copy JSON" />
        <JsonView value={event} testId="event-json" />
      </div>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
