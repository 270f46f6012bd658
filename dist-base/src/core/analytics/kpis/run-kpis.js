import { medianInPlace } from '../quantiles.js';
import { ACTOR_FLAG } from './kpi-counts.js';
import { foldKpis } from './kpi-fold.js';
import { roundMoney } from './order-money.js';
const ratio = (numerator, denominator) => denominator === 0 ? null : numerator / denominator;
const abandonment = (completed, started) => started === 0 ? null : Math.max(0, 1 - completed / started);
/** Computes the shop KPIs of `query.dateRange` (see the file header for every definition). */
export function runKpis(table, query, options) {
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
const METRIC_FLAGS = {
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
export function kpiActors(table, query, cell, options) {
    const { actorFlags } = foldKpis(table, query.dateRange, options.mask);
    const wanted = METRIC_FLAGS[cell.metric];
    const actors = [];
    actorFlags.forEach((flags, actor) => {
        if ((flags & wanted.with) === wanted.with && (flags & (wanted.without ?? 0)) === 0)
            actors.push(actor);
    });
    return actors;
}
//# sourceMappingURL=run-kpis.js.map