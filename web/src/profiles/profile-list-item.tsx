import type { ProfileView } from '../api-client/profile-view.js';
import { Link } from '../app/link.js';
import { Avatar } from '../ui/avatar.js';
import { ChevronIcon } from '../ui/icons.js';
import { TimeAgo } from '../ui/time-ago.js';
import { profileEmail, profileHandle, profileName, profilePath } from './profile-identity.js';

/** One search result: who it is, how we know them, when they were last seen. */
export function ProfileListItem({ profile }: { profile: ProfileView }) {
  const name = profileName(profile);
  const email = profileEmail(profile);
  const handle = profileHandle(profile);
  return (
    <li>
      <Link to={profilePath(profile.id)} className="profile-item" data-testid="profile-result">
        <Avatar name={name} />
        <span className="profile-item__who">
          <span className="profile-item__name">{name}</span>
          <span className="profile-item__email muted">
            {email ?? (profile.userId === null ? 'Anonymous visitor' : 'No email')}
          </span>
        </span>
        <span className="profile-item__id mono hide-small" title={handle}>
          {handle}
        </span>
        <span className="profile-item__seen muted">
          <TimeAgo at={profile.lastSeenAt} />
        </span>
        <ChevronIcon className="profile-item__chevron" width={16} height={16} />
      </Link>
    </li>
  );
}
