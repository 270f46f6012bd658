/** A merged profile as `GET /api/profiles/:id` returns it. */
export interface ProfileView {
  id: string;
  userId: string | null;
  userIds: string[];
  anonymousIds: string[];
  traits: Record<string, unknown>;
  groupIds: string[];
  firstSeenAt: string;
  lastSeenAt: string;
}
