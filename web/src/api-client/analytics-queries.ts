// Request bodies of `POST /api/query/<kind>` (spec §3), as the web app sends them. The server
// fills in every default; the fields here are the ones the report forms set.

/** Instants as ISO-8601 with a zone; `from` must not be after `to`. */
export interface DateRangeInput {
  from: string;
  to: string;
}

export type PropertyOperator = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'in' | 'is_set';

export interface PropertyCondition {
  property: string;
  op: PropertyOperator;
  value?: unknown;
}

/** `event: null` matches any event. */
export interface EventFilter {
  event: string | null;
  where?: PropertyCondition[];
}

/** Fields every dated report shares: the range, an optional list of people, the time zone. */
export interface ReportScope {
  dateRange: DateRangeInput;
  segmentId?: string;
  /** IANA name; periods and days are cut in this zone. */
  timezone?: string;
}

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month';
export type FunnelOrder = 'ordered' | 'strict' | 'unordered';
/** `first_touch`, `last_touch`, `all_events` or `step:K`. */
export type FunnelAttribution = string;

export interface FunnelQuery extends ReportScope {
  steps: Array<EventFilter & { name?: string }>;
  order?: FunnelOrder;
  window?: { value: number; unit: TimeUnit };
  breakdown?: { property: string; attribution?: FunnelAttribution; limit?: number };
}

export type CalendarPeriod = 'hour' | 'day' | 'week' | 'month';

export interface RetentionQuery extends ReportScope {
  startEvent: EventFilter;
  returnEvent: EventFilter;
  period?: CalendarPeriod;
  periods?: number;
  cohortMode?: 'first_time' | 'first_ever' | 'recurring';
  criterion?: 'on' | 'on_or_after';
  timeBasis?: 'calendar' | 'rolling';
}

export interface LifecycleQuery extends ReportScope {
  event: EventFilter;
  period?: Exclude<CalendarPeriod, 'hour'>;
}

export interface PathsQuery extends ReportScope {
  start?: EventFilter;
  end?: EventFilter;
  item?: 'event' | 'page';
  steps?: number;
  edgeLimit?: number;
  sessionGapMinutes?: number;
}

/** `total`, `unique_actors`, `sum:<property>` or `avg:<property>`. */
export type TrendsMath = string;

export interface TrendsQuery extends ReportScope {
  series: Array<EventFilter & { math?: TrendsMath }>;
  interval?: CalendarPeriod;
  breakdown?: { property: string };
}

export type KpiQuery = ReportScope;

export interface ClvQuery {
  orderEvent?: string;
  revenueProperty?: string;
  timeUnit?: 'day' | 'week';
  /** Defaults to the server's now. */
  observationEnd?: string;
  horizonMonths?: number;
  limit?: number;
  segmentId?: string;
  timezone?: string;
}

export interface RfmQuery extends ReportScope {
  orderEvent?: string;
}

/** Predicts from orders up to `asOf` (default: the server's now); no date range. */
export interface NextOrderQuery {
  orderEvent?: string;
  asOf?: string;
  segmentId?: string;
}

export interface SurveyQuery extends ReportScope {
  /** @default 'Survey Responded' */
  event?: string;
  where?: PropertyCondition[];
  breakdown?: { property: string };
  /** Adds `periods` to the answer: every period overlapping the range. */
  period?: Exclude<CalendarPeriod, 'hour'>;
}

/** Messages first sent in the range, optionally of one campaign. */
export interface EmailQuery extends ReportScope {
  campaignId?: string;
}
