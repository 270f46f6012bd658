import { useSyncExternalStore } from 'react';

// A small history router: the URL is the state, `navigate` pushes and notifies subscribers.
const NAVIGATE_EVENT = 'waymark:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function readHref(): string {
  return window.location.pathname + window.location.search;
}

export interface AppLocation {
  pathname: string;
  searchParams: URLSearchParams;
  /** pathname + search, e.g. for a "come back here" link. */
  href: string;
}

/** The current location; re-renders on navigation and back/forward. */
export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, readHref);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, searchParams: url.searchParams, href };
}

/** Goes to `to` without a reload. `replace` keeps the history length unchanged. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === readHref()) return;
  if (options.replace === true) window.history.replaceState(null, '', to);
  else {
    window.history.pushState(null, '', to);
    window.scrollTo(0, 0);
  }
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
