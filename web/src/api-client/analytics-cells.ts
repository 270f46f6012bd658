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

export type ChurnRisk = 'unknown' | 'low' | 'medium' | 'high';
export type PredictionConfidence = 'low' | 'medium' | 'high';

/** Customers with a churn risk and/or a confidence of their next-order prediction; `{}` = all. */
export interface NextOrderCell {
  churnRisk?: ChurnRisk;
  confidence?: PredictionConfidence;
}

export type SurveyType = 'nps' | 'csat' | 'ces';
/** A component of the survey result: NPS group, CSAT level, or every CES respondent. */
export type SurveyAnswer =
  | 'promoters'
  | 'passives'
  | 'detractors'
  | 'veryUnsatisfied'
  | 'unsatisfied'
  | 'neutral'
  | 'satisfied'
  | 'verySatisfied'
  | 'respondents';

/** Respondents of one survey kind, answer group, breakdown value and/or period index; `{}` = all. */
export interface SurveyCell {
  type?: SurveyType;
  answer?: SurveyAnswer;
  breakdown?: string | null;
  period?: number;
}

export type EmailMessageGroup =
  'sent' | 'delivered' | 'bounced' | 'opened' | 'machineOpened' | 'clicked' | 'unsubscribed' | 'spam';

/** Recipients of the messages in one group, optionally of one campaign (null = sent without one). */
export interface EmailCell {
  metric: EmailMessageGroup;
  campaignId?: string | null;
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
