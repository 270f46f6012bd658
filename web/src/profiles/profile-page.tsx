import { ApiError } from '../api-client/api-error.js';
import { useApiClient } from '../app/auth-provider.js';
import { Link } from '../app/link.js';
import { useResource } from '../app/use-resource.js';
import { Alert } from '../ui/alert.js';
import { Card } from '../ui/card.js';
import { EmptyState } from '../ui/empty-state.js';
import { ArrowLeftIcon, UsersIcon } from '../ui/icons.js';
import { Spinner } from '../ui/spinner.js';
import { IdentitiesCard } from './identities-card.js';
import { ProfileHeader } from './profile-header.js';
import { ProfileTimeline } from './profile-timeline.js';
import { TraitsTable } from './traits-table.js';

/** One person: who they are, every identity merged into them, and what they did. */
export function ProfilePage({ id }: { id: string }) {
  const client = useApiClient();
  const profile = useResource(`profile:${id}`, () => client.getProfile(id));
  const events = useResource(`profile-events:${id}`, () => client.listProfileEvents(id, { limit: 100 }));
  return (
    <>
      <Link to="/profiles" className="back-link">
        <ArrowLeftIcon width={15} height={15} /> Profiles
      </Link>
      {profile.isLoading && profile.data === undefined && <Spinner />}
      {profile.error !== undefined && <ProfileLoadError error={profile.error} id={id} />}
      {profile.data !== undefined && (
        <>
          <ProfileHeader profile={profile.data} eventCount={events.data?.events.length} />
          <div className="profile-layout">
            <div className="profile-layout__side">
              <TraitsTable traits={profile.data.traits} />
              <IdentitiesCard profile={profile.data} />
            </div>
            <div className="profile-layout__main">
              {events.error !== undefined && (
                <Alert title="Could not load events.">{events.error.message}</Alert>
              )}
              {events.data === undefined && events.error === undefined && <Spinner label="Loading events…" />}
              {events.data !== undefined && <ProfileTimeline events={events.data.events} />}
            </div>
          </div>
        </>
      )}
    </>
  );
}

function ProfileLoadError({ error, id }: { error: Error; id: string }) {
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Card>
        <EmptyState icon={<UsersIcon />} title="No such profile" testId="profile-not-found">
          Nothing is known about <code>{id}</code> yet. Profiles appear once an event names them.
        </EmptyState>
      </Card>
    );
  }
  return <Alert title="Could not load this profile.">{error.message}</Alert>;
}
