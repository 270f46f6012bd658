import { useMemo } from 'react';
import type { ProfileView } from '../../api-client/profile-view.js';
import { useApiClient } from '../../app/auth-provider.js';
import { useResource } from '../../app/use-resource.js';

/** The profiles of a page of customers, for their names; a profile that fails to load is left out. */
export function useProfiles(ids: readonly string[]): ReadonlyMap<string, ProfileView> {
  const client = useApiClient();
  const page = useResource(
    `next-order-profiles:${ids.join(',')}`,
    () => Promise.all(ids.map((id) => client.getProfile(id).catch(() => undefined))),
    { keepPrevious: true },
  );
  return useMemo(
    () =>
      new Map(
        (page.data ?? [])
          .filter((profile): profile is ProfileView => profile !== undefined)
          .map((profile) => [profile.id, profile]),
      ),
    [page.data],
  );
}
