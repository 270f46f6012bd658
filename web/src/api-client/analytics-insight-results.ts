// Responses of `POST /api/query/next-orders`, `surveys` and `email` (src/core/analytics/predictions,
// surveys and email on the server).
import type { ChurnRisk, PredictionConfidence } from './analytics-cells.js';

/** One customer's next order. Days are fractional; times are ISO-8601. */
export interface NextOrderPrediction {
  profileId: string;
  orders: number;
  /** Gaps between purchase occasions (orders less than 24 h apart are one occasion). */
  intervals: number;
  lastPurchaseAt: string;
  /** The customer's median gap, or the shop's for one-purchase customers; null when unknown. */
  expectedIntervalDays: number | null;
  expectedNextOrderAt: string | null;
  /** Where the next order usually falls: [p25, p75] of the gap after the last purchase. */
  window: { from: string; to: string } | null;
  confidence: PredictionConfidence;
  daysSinceLastPurchase: number;
  daysOverdue: number | null;
  intervalChurnRisk: ChurnRisk;
  pAlive: number | null;
  /** The higher of the gap rule's risk and the P(alive) risk. */
  churnRisk: ChurnRisk;
}

export interface NextOrderResult {
  asOf: string;
  /** Quartiles of the repeat customers' median gaps. */
  shop: {
    repeatCustomers: number;
    medianIntervalDays: number | null;
    p25IntervalDays: number | null;
    p75IntervalDays: number | null;
  };
  customers: NextOrderPrediction[];
}

/** NPS in points [−100, 100], CSAT as a fraction [0, 1] (4s and 5s), CES as the mean 1–7; null without answers. */
export interface SurveyMetrics {
  nps: { promoters: number; passives: number; detractors: number; responses: number; score: number | null };
  csat: {
    veryUnsatisfied: number;
    unsatisfied: number;
    neutral: number;
    satisfied: number;
    verySatisfied: number;
    responses: number;
    score: number | null;
  };
  ces: { scoreSum: number; respondents: number; score: number | null };
}

export interface SurveyResult extends SurveyMetrics {
  /** Answers in range whose kind or score could not be read. */
  invalidResponses: number;
  breakdowns?: Array<SurveyMetrics & { value: string | null }>;
  /** Every period overlapping the range when the query had `period`. */
  periods?: Array<SurveyMetrics & { start: string }>;
}

/** Counts are unique per recipient and message; rates are null without a denominator. */
export interface EmailMetrics {
  sent: number;
  delivered: number;
  bounced: number;
  /** Human opens (a click counts as one); machine opens are apart. */
  uniqueOpens: number;
  machineOpens: number;
  uniqueClicks: number;
  unsubscribes: number;
  spamReports: number;
  /** uniqueOpens ÷ delivered. */
  openRate: number | null;
  /** CTR: uniqueClicks ÷ delivered. */
  clickRate: number | null;
  /** CTOR: uniqueClicks ÷ uniqueOpens. */
  clickToOpenRate: number | null;
  /** bounced ÷ sent. */
  bounceRate: number | null;
  unsubscribeRate: number | null;
  spamRate: number | null;
}

export interface EmailCampaignMetrics extends EmailMetrics {
  /** Null groups messages sent without a campaign_id. */
  campaignId: string | null;
  campaignName: string | null;
}

export interface EmailResult {
  total: EmailMetrics;
  /** Most sent first. */
  campaigns: EmailCampaignMetrics[];
}
