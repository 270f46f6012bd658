import { toIso } from '../../shared/index.js';
import { estimateGap, gapQuartiles, higherRisk, intervalChurnRisk, pAliveRisk, } from './next-order-rules.js';
import { collectPurchaseIntervals, sortedIntervalsOf } from './purchase-intervals.js';
const DAY_MS = 86_400_000;
/** The shop's gap quartiles over each repeat customer's median gap. */
function shopGapsOf(data) {
    const medians = [];
    for (let i = 0; i < data.actors.length; i++) {
        const own = gapQuartiles(sortedIntervalsOf(data, i));
        if (own)
            medians.push(own.median);
    }
    return { gaps: gapQuartiles(Float64Array.from(medians).sort()), repeatCustomers: medians.length };
}
function predictOne(table, data, customer, shop, asOf, options) {
    const actor = data.actors[customer];
    const last = data.lastPurchaseAt[customer];
    const gaps = sortedIntervalsOf(data, customer);
    const estimate = estimateGap(gaps, shop);
    const elapsed = asOf - last;
    const intervalRisk = intervalChurnRisk(elapsed, estimate);
    const modelled = options.pAlive ? options.pAlive(actor) : Number.NaN;
    const pAlive = Number.isFinite(modelled) ? modelled : null;
    return {
        profileId: table.actorIds[actor],
        orders: data.orders[customer],
        intervals: gaps.length,
        lastPurchaseAt: toIso(last),
        expectedIntervalDays: estimate ? estimate.expected / DAY_MS : null,
        expectedNextOrderAt: estimate ? toIso(last + estimate.expected) : null,
        window: estimate ? { from: toIso(last + estimate.low), to: toIso(last + estimate.high) } : null,
        confidence: estimate?.confidence ?? 'low',
        daysSinceLastPurchase: elapsed / DAY_MS,
        daysOverdue: estimate ? Math.max(0, elapsed - estimate.expected) / DAY_MS : null,
        intervalChurnRisk: intervalRisk,
        pAlive,
        churnRisk: pAlive === null ? intervalRisk : higherRisk(intervalRisk, pAliveRisk(pAlive)),
    };
}
/** Predicts every customer's next order as of `query.asOf` (default `now`). */
export function predictNextOrders(table, query, options) {
    const asOf = query.asOf ?? options.now;
    const data = collectPurchaseIntervals(table, query.orderEvent, asOf, options.mask);
    const { gaps: shop, repeatCustomers } = shopGapsOf(data);
    const customers = Array.from(data.actors, (_, i) => predictOne(table, data, i, shop, asOf, options));
    return {
        asOf: toIso(asOf),
        shop: {
            repeatCustomers,
            medianIntervalDays: shop ? shop.median / DAY_MS : null,
            p25IntervalDays: shop ? shop.p25 / DAY_MS : null,
            p75IntervalDays: shop ? shop.p75 / DAY_MS : null,
        },
        customers,
    };
}
/** Actor indices of the customers with the cell's churn risk and/or confidence; ascending. */
export function nextOrderActors(table, query, cell, options) {
    const asOf = query.asOf ?? options.now;
    const data = collectPurchaseIntervals(table, query.orderEvent, asOf, options.mask);
    const { gaps: shop } = shopGapsOf(data);
    const actors = [];
    for (let i = 0; i < data.actors.length; i++) {
        const prediction = predictOne(table, data, i, shop, asOf, options);
        if (cell.churnRisk !== undefined && prediction.churnRisk !== cell.churnRisk)
            continue;
        if (cell.confidence !== undefined && prediction.confidence !== cell.confidence)
            continue;
        actors.push(data.actors[i]);
    }
    return actors;
}
//# sourceMappingURL=predict-next-orders.js.map