import type { ClvQuery } from '../../api-client/analytics-queries.js';
import type { ProfileView } from '../../api-client/profile-view.js';
import { useApiClient } from '../../app/auth-provider.js';
import { useResource } from '../../app/use-resource.js';

/** Profiles of the `count` customers ranked highest by CLV (one actors call, for their names). */
export function useTopProfiles(query: ClvQuery | undefined, count: number): ReadonlyMap<string, ProfileView> {
  const client = useApiClient();
  const key = query === undefined ? '' : JSON.stringify([query, count]);
  const page = useResource(`clv-top-profiles:${key}`, async () =>
    query === undefined
      ? undefined
      : client.analytics.actors('clv', { query, cell: { top: count }, limit: count }),
  );
  return new Map((page.data?.profiles ?? []).map((profile) => [profile.id, profile]));
}
