import type { ReactNode } from 'react';
import { AnalyticsRoute } from '../analytics/analytics-route.js';
import { IngestErrorsPage } from '../events/ingest-errors-page.js';
import { LiveEventsPage } from '../events/live-events-page.js';
import { ProfilePage } from '../profiles/profile-page.js';
import { ProfilesPage } from '../profiles/profiles-page.js';
import { matchRoute } from './match-route.js';
import { NotFoundPage } from './not-found-page.js';

interface Route {
  pattern: string;
  title: string;
  render(params: Record<string, string>): ReactNode;
}

const ROUTES: readonly Route[] = [
  { pattern: '/events', title: 'Live events', render: () => <LiveEventsPage /> },
  { pattern: '/profiles', title: 'Profiles', render: () => <ProfilesPage /> },
  {
    pattern: '/profiles/:id',
    title: 'Profile',
    // Keyed so moving between profiles starts each page fresh.
    render: ({ id = '' }) => <ProfilePage key={id} id={id} />,
  },
  { pattern: '/ingest-errors', title: 'Ingest errors', render: () => <IngestErrorsPage /> },
  { pattern: '/analytics', title: 'Analytics', render: () => <AnalyticsRoute /> },
  {
    pattern: '/analytics/:report',
    title: 'Analytics',
    render: ({ report }) => <AnalyticsRoute slug={report} />,
  },
];

/** The page for a signed-in path, and its document title. */
export function resolveRoute(pathname: string): { title: string; element: ReactNode } {
  for (const route of ROUTES) {
    const params = matchRoute(route.pattern, pathname);
    if (params !== null) return { title: route.title, element: route.render(params) };
  }
  return { title: 'Not found', element: <NotFoundPage /> };
}
