import type { ProfileView } from '../api-client/profile-view.js';

/** The best human name for a profile: traits name, first + last name, email, then an id. */
export function profileName(profile: ProfileView): string {
  const { traits } = profile;
  const name = text(traits.name);
  if (name !== null) return name;
  const fullName = [text(traits.firstName), text(traits.lastName)].filter(Boolean).join(' ');
  if (fullName !== '') return fullName;
  return profileEmail(profile) ?? profile.userId ?? profile.anonymousIds[0] ?? profile.id;
}

export function profileEmail(profile: ProfileView): string | null {
  return text(profile.traits.email);
}

/** The id people recognise: the userId, or else the first anonymousId. */
export function profileHandle(profile: ProfileView): string {
  return profile.userId ?? profile.userIds[0] ?? profile.anonymousIds[0] ?? profile.id;
}

/** The URL of a profile page; any of its ids resolves to it. */
export function profilePath(id: string): string {
  return `/profiles/${encodeURIComponent(id)}`;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
