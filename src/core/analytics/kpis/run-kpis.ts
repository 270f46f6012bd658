// Shop KPIs (spec §3 `POST /api/query/kpis`, reference A7). An event counts when its timestamp is
// in [from, to]. Definitions, each computed from the counts of kpi-fold.ts:
// - visitors: actors with visit activity in range (visit-activity.ts: not identify calls, e-mail or
//   survey-tool events, refunds or in-store till receipts). sessions: sessions of that activity
//   (30 min / 24 h, sessions/) that START in range; session metrics below use those sessions.
// - orders / revenue: every Order Completed in range, web and in-store (posOrders counts the
//   latter); revenue is net = gross (order-money.ts fallbacks) − refunds dated in range.
// - conversionRate: the reference's "actors who reached the goal ÷ actors who entered", with the
//   visitor as unit: visitors with an online order ÷ visitors. Store receipts are left out of the
//   numerator because the store is not the site being converted. sessionConversionRate: sessions
//   with an online order ÷ sessions.
// - bounceRate: 1 − engaged ÷ sessions (GA4). Engaged = first-to-last event span > 10 s, or a key
//   event (Order Completed, Checkout Started, Product Added), or ≥ 2 page/screen views.
// - medianTimeOnPageMs: next view's time − this view's time inside one session; the last view of a
//   session has no end and is left out (UA's rule).
// - cart / checkout abandonment: 1 − online orders ÷ carts created (first Product Added per
//   cart_id, or per session without one) / ÷ Checkout Started events; floored at 0 when orders
//   outnumber carts (orders placed without a tracked cart), so the rate stays in [0, 1].
// - repeatPurchaseRate: actors with ≥ 2 orders in range ÷ actors with ≥ 1.
// - averageOrderValue: GROSS revenue ÷ orders, as GA4 and Shopify do: a refund of an order placed
//   before the range must not lower the value of this range's orders.
// - historicClvMean: mean over actors with ≥ 1 order up to `to` of their net revenue up to `to`.
// Ratios with a zero denominator are null ("no data"), never 0.
import type { ActorEvents } from '../actor-events.js';
import type { RunOptions } from '../query-kind.js';
import { medianInPlace } from '../quantiles.js';
import { ACTOR_FLAG } from './kpi-counts.js';
import { foldKpis } from './kpi-fold.js';
import type { KpiActorMetric, KpiCell, KpiQuery, KpiResult } from './kpi-query.js';
import { roundMoney } from './order-money.js';

const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

const abandonment = (completed: number, started: number): number | null =>
  started === 0 ? null : Math.max(0, 1 - completed / started);

/** Computes the shop KPIs of `query.dateRange` (see the file header for every definition). */
export function runKpis(table: ActorEvents, query: KpiQuery, options: RunOptions): KpiResult {
  const { counts: c, pageDurations } = foldKpis(table, query.dateRange, options.mask);
  const gross = roundMoney(c.grossRevenue);
  const refunded = roundMoney(c.refundedRevenue);
  const engagement = ratio(c.engagedSessions, c.sessions);
  const aov = ratio(c.grossRevenue, c.orders);
  const clv = ratio(c.historicNetRevenue, c.historicCustomers);
  return {
    visitors: c.visitors,
    sessions: c.sessions,
    orders: c.orders,
    revenue: roundMoney(c.grossRevenue - c.refundedRevenue),
    conversionRate: ratio(c.convertedVisitors, c.visitors),
    bounceRate: engagement === null ? null : 1 - engagement,
    medianTimeOnPageMs: medianInPlace(pageDurations),
    cartAbandonmentRate: abandonment(c.onlineOrders, c.carts),
    checkoutAbandonmentRate: abandonment(c.onlineOrders, c.checkouts),
    repeatPurchaseRate: ratio(c.repeatCustomers, c.customers),
    averageOrderValue: aov === null ? null : roundMoney(aov),
    historicClvMean: clv === null ? null : roundMoney(clv),
    conversionUnit: 'actor',
    sessionConversionRate: ratio(c.convertedSessions, c.sessions),
    grossRevenue: gross,
    refundedRevenue: refunded,
    posOrders: c.posOrders,
    convertedVisitors: c.convertedVisitors,
    engagedSessions: c.engagedSessions,
    customers: c.customers,
    repeatCustomers: c.repeatCustomers,
    carts: c.carts,
    checkouts: c.checkouts,
    historicCustomers: c.historicCustomers,
  };
}

/** Which actor flags (all required, none of `without`) make up each click-through group. */
const METRIC_FLAGS: Record<KpiActorMetric, { with: number; without?: number }> = {
  visitors: { with: ACTOR_FLAG.visitor },
  converted: { with: ACTOR_FLAG.visitor | ACTOR_FLAG.onlineBuyer },
  customers: { with: ACTOR_FLAG.customer },
  repeatCustomers: { with: ACTOR_FLAG.repeatCustomer },
  inStoreCustomers: { with: ACTOR_FLAG.inStoreBuyer },
  bounced: { with: ACTOR_FLAG.bounced },
  cartAbandoners: { with: ACTOR_FLAG.cartCreator, without: ACTOR_FLAG.onlineBuyer },
  checkoutAbandoners: { with: ACTOR_FLAG.checkoutStarter, without: ACTOR_FLAG.onlineBuyer },
  historicCustomers: { with: ACTOR_FLAG.historicCustomer },
};

/**
 * Actor indices behind one KPI: `visitors`, `converted` (visitors with an online order),
 * `customers`, `repeatCustomers`, `inStoreCustomers`, `bounced` (≥ 1 non-engaged session),
 * `cartAbandoners` / `checkoutAbandoners` (started one in range, no online order in range),
 * `historicCustomers`. Ascending.
 */
export function kpiActors(table: ActorEvents, query: KpiQuery, cell: KpiCell, options: RunOptions): number[] {
  const { actorFlags } = foldKpis(table, query.dateRange, options.mask);
  const wanted = METRIC_FLAGS[cell.metric];
  const actors: number[] = [];
  actorFlags.forEach((flags, actor) => {
    if ((flags & wanted.with) === wanted.with && (flags & (wanted.without ?? 0)) === 0) actors.push(actor);
  });
  return actors;
}
