// The "cell" of `POST /api/query/<kind>/actors`: which number of a report to list the people of
// (docs/api-internal.md; each kind's `cellSchema` on the server).
import type { ProfileView } from './profile-view.js';

/**
 * `{ step: K }`: people counted at step K (0-based). `{ step: K, dropped: true }`: people who
 * reached step K − 1 but not step K, the drop-off drawn above bar K.
 */
export interface FunnelCell {
  step: number;
  dropped?: boolean;
  /** One breakdown series; null = events without the property. */
  breakdown?: string | null;
}

export interface RetentionCell {
  cohort: number;
  period: number;
}

export type LifecycleStatus = 'new' | 'returning' | 'resurrecting' | 'dormant';

export interface LifecycleCell {
  period: number;
  status: LifecycleStatus;
}

/** A link (`from` → `to`) or everyone reaching a node (`to` alone). */
export interface PathsCell {
  from?: string;
  to: string;
}

export interface TrendsCell {
  series: number;
  point: number;
  breakdownValue?: string;
}

export type KpiMetric =
  | 'visitors'
  | 'converted'
  | 'customers'
  | 'repeatCustomers'
  | 'inStoreCustomers'
  | 'bounced'
  | 'cartAbandoners'
  | 'checkoutAbandoners'
  | 'historicCustomers';

export interface KpiCell {
  metric: KpiMetric;
}

/** Customers by CLV rank: the first `top`, or those with P(alive) below a threshold. */
export interface ClvCell {
  top?: number;
  pAliveBelow?: number;
}

export interface RfmCell {
  segment?: string;
}

/** A list of profiles saved from a report; its id is a valid `segmentId`. */
export interface ProfileListView {
  id: string;
  name: string;
  size: number;
  createdAt: string;
}

export interface ActorsPage {
  total: number;
  profiles: ProfileView[];
  /** Present when the request had `saveAs`. */
  list?: ProfileListView;
}
