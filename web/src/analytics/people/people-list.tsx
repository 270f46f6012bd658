import type { ProfileView } from '../../api-client/profile-view.js';
import { Link } from '../../app/link.js';
import { profileEmail, profileHandle, profileName, profilePath } from '../../profiles/profile-identity.js';
import { Avatar } from '../../ui/avatar.js';
import { EmptyState } from '../../ui/empty-state.js';
import { ChevronIcon, UsersIcon } from '../../ui/icons.js';
import { TimeAgo } from '../../ui/time-ago.js';

/** One page of people, each a link to their profile. */
export function PeopleList({ profiles, isUpdating }: { profiles: ProfileView[]; isUpdating: boolean }) {
  if (profiles.length === 0) {
    return (
      <EmptyState icon={<UsersIcon />} title="Nobody here" testId="people-empty">
        No one matches this number for the current settings.
      </EmptyState>
    );
  }
  return (
    <ul className={isUpdating ? 'people-list is-updating' : 'people-list'} data-testid="people-list">
      {profiles.map((profile) => {
        const name = profileName(profile);
        const isAnonymous = profile.userId === null && profile.userIds.length === 0;
        return (
          <li key={profile.id}>
            <Link to={profilePath(profile.id)} className="person-row" data-testid="people-row">
              <Avatar name={name} size="small" />
              <span className="person-row__who">
                <span className="person-row__name">{isAnonymous ? 'Anonymous visitor' : name}</span>
                <span className="person-row__id mono">{profileEmail(profile) ?? profileHandle(profile)}</span>
              </span>
              <span className="person-row__seen muted small">
                <TimeAgo at={profile.lastSeenAt} />
              </span>
              <ChevronIcon className="person-row__chevron" width={15} height={15} />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
