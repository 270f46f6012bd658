import { toIso } from '../../shared/index.js';
import { loadOrderMoney, orderRevenueAt, REFUND_EVENT, refundAmountAt, roundMoney, } from '../kpis/order-money.js';
import { quintileScores, RFM_SEGMENTS, rfmSegmentOf } from './rfm-scores.js';
const DAY_MS = 86_400_000;
/** Scores the customers of the lookback and sums them per segment. */
export function runRfm(table, query, options) {
    const base = collectRfmBase(table, query, options);
    const scored = scoreBase(table, base);
    const totals = new Map(RFM_SEGMENTS.map((name) => [name, { customers: 0, revenue: 0 }]));
    for (const customer of scored) {
        const total = totals.get(customer.segment);
        total.customers++;
        total.revenue += customer.monetary;
    }
    return {
        asOf: toIso(base.asOf),
        customers: scored,
        segments: RFM_SEGMENTS.map((name) => {
            const total = totals.get(name);
            return { name, customers: total.customers, revenue: roundMoney(total.revenue) };
        }),
    };
}
/** Actor indices of the customers in a segment and/or with the given scores; ascending. */
export function rfmActors(table, query, cell, options) {
    const base = collectRfmBase(table, query, options);
    const scored = scoreBase(table, base);
    const actors = [];
    scored.forEach((customer, i) => {
        if (cell.segment !== undefined && customer.segment !== cell.segment)
            return;
        if (cell.r !== undefined && customer.r !== cell.r)
            return;
        if (cell.f !== undefined && customer.f !== cell.f)
            return;
        if (cell.m !== undefined && customer.m !== cell.m)
            return;
        actors.push(base.actors[i]);
    });
    return actors;
}
function scoreBase(table, base) {
    const r = quintileScores(base.recencyDays, true);
    const f = quintileScores(base.frequency);
    const m = quintileScores(base.monetary);
    return base.actors.map((actor, i) => ({
        profileId: table.actorIds[actor],
        recencyDays: base.recencyDays[i],
        frequency: base.frequency[i],
        monetary: roundMoney(base.monetary[i]),
        r: r[i],
        f: f[i],
        m: m[i],
        segment: rfmSegmentOf(r[i], f[i], m[i]),
    }));
}
/** One pass over the rows: the customers (≥ 1 order in the lookback) and their raw R, F, M. */
function collectRfmBase(table, query, options) {
    const money = loadOrderMoney(table, query.orderEvent);
    const refundCode = table.eventKeys.indexOf(REFUND_EVENT);
    const from = query.dateRange.from;
    const asOf = Math.min(query.dateRange.to, options.now);
    const actors = [];
    const recency = [];
    const frequency = [];
    const monetary = [];
    const { actorStart, timestamps, events } = table;
    for (let actor = 0; actor < table.actorCount; actor++) {
        if (options.mask && options.mask[actor] !== 1)
            continue;
        let orders = 0;
        let net = 0;
        let lastOrderAt = 0;
        const first = actorStart[actor];
        for (let row = first, end = actorStart[actor + 1]; row < end; row++) {
            const at = timestamps[row];
            if (at < from)
                continue;
            if (at > asOf)
                break; // rows are in time order
            if (events[row] === money.orderCode) {
                orders++;
                net += orderRevenueAt(money, row);
                lastOrderAt = at;
            }
            else if (events[row] === refundCode) {
                net -= refundAmountAt(money, row, first);
            }
        }
        if (orders === 0)
            continue;
        actors.push(actor);
        recency.push(Math.floor((asOf - lastOrderAt) / DAY_MS));
        frequency.push(orders);
        monetary.push(net);
    }
    return {
        asOf,
        actors,
        recencyDays: Float64Array.from(recency),
        frequency: Float64Array.from(frequency),
        monetary: Float64Array.from(monetary),
    };
}
//# sourceMappingURL=run-rfm.js.map