import type { ProfileView } from '../api-client/profile-view.js';
import { Avatar } from '../ui/avatar.js';
import { Badge } from '../ui/badge.js';
import { formatDateTime } from '../ui/format-time.js';
import { TimeAgo } from '../ui/time-ago.js';
import { profileEmail, profileHandle, profileName } from './profile-identity.js';

export interface ProfileHeaderProps {
  profile: ProfileView;
  /** Events shown in the timeline, if loaded. */
  eventCount: number | undefined;
}

/** Who this is at a glance: name, email, main id, and when we saw them. */
export function ProfileHeader({ profile, eventCount }: ProfileHeaderProps) {
  const name = profileName(profile);
  const email = profileEmail(profile);
  const isAnonymous = profile.userId === null && profile.userIds.length === 0;
  return (
    <section className="card profile-header" data-testid="profile-header">
      <Avatar name={name} size="large" />
      <div className="profile-header__who">
        <h1 className="profile-header__name" data-testid="profile-name">
          {name}
        </h1>
        <div className="profile-header__meta">
          {email !== null && (
            <span data-testid="profile-email">
              <a href={`mailto:${email}`}>{email}</a>
            </span>
          )}
          <span className="mono">{profileHandle(profile)}</span>
          {isAnonymous ? <Badge tone="neutral">Anonymous</Badge> : <Badge tone="green">Identified</Badge>}
        </div>
      </div>
      <dl className="profile-header__stats">
        <div className="stat stat--inline">
          <dt className="stat__label">First seen</dt>
          <dd className="stat__value stat__value--small" title={formatDateTime(profile.firstSeenAt)}>
            <TimeAgo at={profile.firstSeenAt} />
          </dd>
        </div>
        <div className="stat stat--inline">
          <dt className="stat__label">Last seen</dt>
          <dd className="stat__value stat__value--small">
            <TimeAgo at={profile.lastSeenAt} />
          </dd>
        </div>
        <div className="stat stat--inline">
          <dt className="stat__label">Events</dt>
          <dd className="stat__value stat__value--small">{eventCount ?? '—'}</dd>
        </div>
      </dl>
    </section>
  );
}
