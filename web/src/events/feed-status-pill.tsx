import type { FeedStatus } from '../api-client/follow-events.js';

const LABELS: Record<FeedStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  polling: 'Live (polling)',
  offline: 'Reconnecting…',
};

/** Whether new events are arriving, and how. */
export function FeedStatusPill({ status }: { status: FeedStatus }) {
  return (
    <span className={`status-pill status-pill--${status}`} data-testid="feed-status" data-status={status}>
      <span className="status-pill__dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}
