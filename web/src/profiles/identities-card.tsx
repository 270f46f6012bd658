import type { ProfileView } from '../api-client/profile-view.js';
import { Card } from '../ui/card.js';

/** Every id merged into this profile: what ties a visitor's sessions to a buyer. */
export function IdentitiesCard({ profile }: { profile: ProfileView }) {
  const userIds =
    profile.userIds.length > 0 ? profile.userIds : profile.userId === null ? [] : [profile.userId];
  return (
    <Card title="Identities" testId="profile-identities">
      <dl className="identity-list">
        <IdentityGroup label="User IDs" ids={userIds} testId="identity-user-ids" />
        <IdentityGroup label="Anonymous IDs" ids={profile.anonymousIds} testId="identity-anonymous-ids" />
        <IdentityGroup label="Groups" ids={profile.groupIds} testId="identity-groups" />
        <IdentityGroup label="Profile ID" ids={[profile.id]} testId="identity-profile-id" />
      </dl>
    </Card>
  );
}

function IdentityGroup({ label, ids, testId }: { label: string; ids: string[]; testId: string }) {
  return (
    <div className="identity-group" data-testid={testId}>
      <dt>{label}</dt>
      <dd>
        {ids.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          ids.map((id) => (
            <code key={id} className="id-chip" title={id}>
              {id}
            </code>
          ))
        )}
      </dd>
    </div>
  );
}
