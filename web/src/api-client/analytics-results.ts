// Responses of `POST /api/query/<kind>` (spec §3 and docs/api-internal.md).

export interface TimeToConvert {
  mean: number | null;
  median: number | null;
  p90: number | null;
}

export interface FunnelStepResult {
  name: string;
  count: number;
  overallConversion: number;
  stepConversion: number;
  timeToConvertMs: TimeToConvert;
}

export interface FunnelResult {
  steps: FunnelStepResult[];
  /** One per breakdown value; `value` null for events without the property. */
  breakdowns: Array<{ value: string | null; steps: FunnelStepResult[] }>;
}

export interface RetentionCohort {
  start: string;
  size: number;
  values: number[];
  complete: boolean[];
}

export interface RetentionResult {
  cohorts: RetentionCohort[];
  /** Weighted by cohort size over complete cells; null where no cell is complete. */
  average: Array<number | null>;
}

export interface LifecyclePeriod {
  start: string;
  new: number;
  returning: number;
  resurrecting: number;
  /** Negative: drawn below the axis. */
  dormant: number;
  pulse?: number | null;
}

export interface LifecycleResult {
  periods: LifecyclePeriod[];
}

/** `from` and `to` are step-prefixed items, e.g. `1_Product Viewed`. */
export interface PathEdge {
  from: string;
  to: string;
  count: number;
}

export interface PathsResult {
  edges: PathEdge[];
  /** Paths through each node of the returned edges. */
  nodes?: Array<{ name: string; count: number }>;
}

export interface TrendsSeries {
  label: string;
  event?: string | null;
  /** As asked: `total`, `unique_actors`, `sum:<property>`, `avg:<property>`. */
  math?: string;
  /** Position of the query series this line belongs to (absent on older servers: the line's index). */
  series?: number;
  breakdownValue?: string;
  points: Array<{ start: string; value: number }>;
}

export interface TrendsResult {
  series: TrendsSeries[];
}

/** Rates in [0, 1]; null when there is nothing to divide by. */
export interface KpiResult {
  visitors: number;
  sessions: number;
  orders: number;
  revenue: number;
  conversionRate: number | null;
  bounceRate: number | null;
  medianTimeOnPageMs: number | null;
  cartAbandonmentRate: number | null;
  checkoutAbandonmentRate: number | null;
  repeatPurchaseRate: number | null;
  averageOrderValue: number | null;
  historicClvMean: number | null;
  customers?: number;
  repeatCustomers?: number;
  convertedVisitors?: number;
  carts?: number;
  checkouts?: number;
  engagedSessions?: number;
  historicCustomers?: number;
}

export interface ClvCustomer {
  profileId: string;
  frequency: number;
  recency: number;
  T: number;
  monetary: number;
  pAlive: number | null;
  expectedPurchases: { horizon: { value: number; unit: string }; value: number | null };
  clv: number | null;
}

export interface ClvResult {
  params: { bgnbd: Record<string, number> | null; gammaGamma: Record<string, number> | null };
  /** Highest CLV first. */
  customers: ClvCustomer[];
  totalCustomers?: number;
  repeatCustomers?: number;
  reasons?: { bgnbd: string | null; gammaGamma: string | null };
  observationEnd?: string;
  timeUnit?: 'day' | 'week';
}

export interface RfmResult {
  asOf: string;
  customers: Array<{
    profileId: string;
    recencyDays: number;
    frequency: number;
    monetary: number;
    segment: string;
  }>;
  segments: Array<{ name: string; customers: number; revenue: number }>;
}
