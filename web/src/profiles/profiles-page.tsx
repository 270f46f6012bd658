import { useEffect, useState } from 'react';
import { useApiClient } from '../app/auth-provider.js';
import { navigate, useLocation } from '../app/router.js';
import { useDebouncedValue } from '../app/use-debounced-value.js';
import { useResource } from '../app/use-resource.js';
import { Alert } from '../ui/alert.js';
import { Card } from '../ui/card.js';
import { EmptyState } from '../ui/empty-state.js';
import { SearchIcon, UsersIcon } from '../ui/icons.js';
import { PageHeader } from '../ui/page-header.js';
import { Spinner } from '../ui/spinner.js';
import { ProfileListItem } from './profile-list-item.js';

/** Search profiles by name, email or id; with an empty box, the most recently seen. */
export function ProfilesPage() {
  const client = useApiClient();
  const location = useLocation();
  const [query, setQuery] = useState(() => location.searchParams.get('q') ?? '');
  const search = useDebouncedValue(query.trim(), 250);
  const profiles = useResource(`profiles:${search}`, () => client.listProfiles({ q: search, limit: 50 }), {
    keepPrevious: true,
  });

  useEffect(() => {
    navigate(search === '' ? '/profiles' : `/profiles?q=${encodeURIComponent(search)}`, { replace: true });
  }, [search]);

  return (
    <>
      <PageHeader
        title="Profiles"
        description="Everyone who has visited or bought, with every identity merged into one profile."
      />
      <div className="search-box">
        <SearchIcon className="search-box__icon" />
        <input
          className="input search-box__input"
          type="search"
          placeholder="Search by name, email, userId or anonymousId"
          aria-label="Search profiles"
          value={query}
          onChange={(change) => setQuery(change.target.value)}
          data-testid="profile-search"
          autoFocus
        />
      </div>
      {profiles.error !== undefined && (
        <Alert title="Could not search profiles.">{profiles.error.message}</Alert>
      )}
      {profiles.isLoading && profiles.data === undefined && <Spinner />}
      {profiles.data !== undefined && (
        <Card isFlush title={search === '' ? 'Recently seen' : `Results for “${search}”`}>
          {profiles.data.profiles.length === 0 ? (
            <EmptyState
              icon={<UsersIcon />}
              title={search === '' ? 'No profiles yet' : 'No matching profiles'}
              testId="profiles-empty"
            >
              {search === ''
                ? 'A profile is created for every userId or anonymousId that sends an event.'
                : 'Try part of a name, an email address or an id.'}
            </EmptyState>
          ) : (
            <ul className="profile-list" data-testid="profile-results">
              {profiles.data.profiles.map((profile) => (
                <ProfileListItem key={profile.id} profile={profile} />
              ))}
            </ul>
          )}
        </Card>
      )}
    </>
  );
}
