/** The `?next=` target after sign-in, only if it is a path on this site (no open redirect). */
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return '/events';
  return next.startsWith('/sign-in') ? '/events' : next;
}
