import type { EventView } from '../api-client/event-view.js';
import { useApiClient } from '../app/auth-provider.js';
import { useDebouncedValue } from '../app/use-debounced-value.js';
import { useResource } from '../app/use-resource.js';
import { TimeAgo } from '../ui/time-ago.js';
import { maxSeq } from './merge-events.js';

/** Totals above the stream, refreshed shortly after new events arrive. */
export function WorkspaceStats({ events }: { events: EventView[] }) {
  const client = useApiClient();
  const latestSeq = useDebouncedValue(maxSeq(events), 1000);
  const stats = useResource(`stats-${latestSeq}`, () => client.stats());
  const latest = events[0];
  return (
    <div className="stat-grid" data-testid="workspace-stats">
      <Stat label="Events stored" value={stats.data?.events} />
      <Stat label="Profiles" value={stats.data?.profiles} />
      <div className="stat">
        <span className="stat__label">Last event</span>
        <span className="stat__value">{latest === undefined ? '—' : <TimeAgo at={latest.receivedAt} />}</span>
      </div>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number | undefined }) {
  return (
    <div className="stat">
      <span className="stat__label">{label}</span>
      <span className="stat__value">{value === undefined ? '—' : value.toLocaleString()}</span>
    </div>
  );
}
