import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { Card } from '../ui/card.js';
import { PageHeader } from '../ui/page-header.js';
import { Spinner } from '../ui/spinner.js';
import { EventTable } from './event-table.js';
import { FeedStatusPill } from './feed-status-pill.js';
import { FirstEventPanel } from './first-event-panel.js';
import { useLiveEvents } from './use-live-events.js';
import { WorkspaceStats } from './workspace-stats.js';

/** Every call the store sends, newest first, updating as events arrive. */
export function LiveEventsPage() {
  const live = useLiveEvents();
  return (
    <>
      <PageHeader
        title="Live events"
        description="Every call your store sends, as it arrives. Click a row to see the full event."
        actions={<FeedStatusPill status={live.status} />}
      />
      {live.error !== null && (
        <Alert title="Could not load events." action={<Button onClick={live.retry}>Try again</Button>}>
          {live.error.message}
        </Alert>
      )}
      {!live.isLoaded && live.error === null && <Spinner />}
      {live.isLoaded && live.events.length === 0 && <FirstEventPanel />}
      {live.isLoaded && live.events.length > 0 && (
        <>
          <WorkspaceStats events={live.events} />
          <Card
            isFlush
            title="Recent events"
            actions={<span className="muted small">{live.events.length} shown</span>}
          >
            <EventTable events={live.events} highlightAfterSeq={live.firstSeenSeq} testId="live-events" />
          </Card>
        </>
      )}
    </>
  );
}
