import type { ReactNode } from 'react';
import { ActivityIcon, AlertIcon, ChartIcon, MailIcon, MapIcon, RouteIcon, UsersIcon } from '../ui/icons.js';

export interface NavItem {
  label: string;
  icon: ReactNode;
  /** Absent for sections that are not built yet. */
  to?: string;
  testId: string;
}

export const DATA_NAV: readonly NavItem[] = [
  { label: 'Live events', to: '/events', icon: <ActivityIcon />, testId: 'nav-events' },
  { label: 'Profiles', to: '/profiles', icon: <UsersIcon />, testId: 'nav-profiles' },
  { label: 'Analytics', to: '/analytics', icon: <ChartIcon />, testId: 'nav-analytics' },
  { label: 'Ingest errors', to: '/ingest-errors', icon: <AlertIcon />, testId: 'nav-ingest-errors' },
];

export const COMING_SOON_NAV: readonly NavItem[] = [
  { label: 'Journeys', icon: <RouteIcon />, testId: 'nav-journeys' },
  { label: 'Messages', icon: <MailIcon />, testId: 'nav-messages' },
  { label: 'Maps', icon: <MapIcon />, testId: 'nav-maps' },
];
