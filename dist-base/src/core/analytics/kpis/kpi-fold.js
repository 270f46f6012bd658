// The single pass behind the KPIs: one tight loop per actor over the typed columns, then one loop
// over the sessions. It yields raw counts (ratios are taken in run-kpis.ts) and one flag word per
// actor so every number can be clicked through to people (kpiActors). No per-row allocation: the
// per-actor state lives in one scratch object reused for every actor.
import { CALL_KEYS } from '../actor-events.js';
import { splitSessions } from '../sessions/split-sessions.js';
import { ACTOR_FLAG, emptyKpiCounts, GrowableNumbers } from './kpi-counts.js';
import { isInStoreAt, loadOrderMoney, orderRevenueAt, REFUND_EVENT, refundAmountAt, } from './order-money.js';
import { compileVisitActivity } from './visit-activity.js';
// Module-local copies of the flag bits: the hot loop must not reach through an import binding.
const { visitor: VISITOR, onlineBuyer: ONLINE_BUYER, customer: CUSTOMER, repeatCustomer: REPEAT_CUSTOMER, inStoreBuyer: IN_STORE_BUYER, bounced: BOUNCED, cartCreator: CART_CREATOR, checkoutStarter: CHECKOUT_STARTER, historicCustomer: HISTORIC_CUSTOMER, } = ACTOR_FLAG;
/** GA4: a session that lasts longer than 10 s is engaged. */
export const ENGAGED_SESSION_MS = 10_000;
const SESSION_KEY_EVENT = 1;
const SESSION_ORDER = 2;
/** Folds every unmasked actor's events into the KPI counts for `range`. */
export function foldKpis(table, range, mask) {
    const money = loadOrderMoney(table);
    const sessions = splitSessions(table, { include: compileVisitActivity(table, money), mask });
    const cartColumn = table.column('cart_id');
    const code = (key) => table.eventKeys.indexOf(key);
    const context = {
        table,
        money,
        sessions,
        from: range.from,
        to: range.to,
        codes: {
            page: code(CALL_KEYS.page),
            screen: code(CALL_KEYS.screen),
            added: code('Product Added'),
            checkout: code('Checkout Started'),
            refund: code(REFUND_EVENT),
        },
        cartIds: cartColumn?.codes,
        cartSeen: new Int32Array(cartColumn?.strings.length ?? 0),
        sessionViews: new Uint8Array(sessions.count),
        sessionFlags: new Uint8Array(sessions.count),
        counts: emptyKpiCounts(),
        pageDurations: new GrowableNumbers(),
        state: {
            flags: 0,
            first: 0,
            ordersInRange: 0,
            hasOrderToDate: false,
            netToDate: 0,
            lastViewAt: 0,
            lastViewSession: -1,
            lastCartlessSession: -1,
        },
    };
    const actorFlags = new Uint16Array(table.actorCount);
    for (let actor = 0; actor < table.actorCount; actor++) {
        if (mask && mask[actor] !== 1)
            continue;
        actorFlags[actor] = foldActor(context, actor);
    }
    foldSessions(context, actorFlags);
    return { counts: context.counts, actorFlags, pageDurations: context.pageDurations.values() };
}
/** One actor's rows, in time order; returns the actor's flags. */
function foldActor(context, actor) {
    const { table, money, sessions, from, to, codes, state } = context;
    const { timestamps, events } = table;
    state.flags = 0;
    state.first = table.actorStart[actor];
    state.ordersInRange = 0;
    state.hasOrderToDate = false;
    state.netToDate = 0;
    state.lastViewSession = -1;
    state.lastCartlessSession = -1;
    for (let row = state.first, end = table.actorStart[actor + 1]; row < end; row++) {
        const at = timestamps[row];
        const event = events[row];
        const isInRange = at >= from && at <= to;
        const session = sessions.ofRow[row];
        if (event === money.orderCode)
            foldOrder(context, row, session, at <= to, isInRange);
        else if (event === codes.refund)
            foldRefund(context, row, at <= to, isInRange);
        else if (event === codes.checkout && isInRange) {
            context.counts.checkouts++;
            state.flags |= CHECKOUT_STARTER;
        }
        if (session < 0)
            continue;
        if (isInRange)
            state.flags |= VISITOR;
        if (event === codes.page || event === codes.screen)
            foldView(context, session, at);
        else if (event === money.orderCode || event === codes.checkout || event === codes.added) {
            context.sessionFlags[session] |= SESSION_KEY_EVENT;
        }
        if (event === codes.added)
            foldCart(context, actor, row, session, isInRange);
    }
    return closeActor(context.counts, state);
}
function foldOrder(context, row, session, isToDate, isInRange) {
    const { money, counts, state } = context;
    const revenue = orderRevenueAt(money, row);
    if (isToDate) {
        state.hasOrderToDate = true;
        state.netToDate += revenue;
    }
    if (!isInRange)
        return;
    state.ordersInRange++;
    counts.orders++;
    counts.grossRevenue += revenue;
    if (isInStoreAt(money, row)) {
        counts.posOrders++;
        state.flags |= IN_STORE_BUYER;
    }
    else {
        counts.onlineOrders++;
        state.flags |= ONLINE_BUYER;
    }
    if (session >= 0)
        context.sessionFlags[session] |= SESSION_ORDER;
}
function foldRefund(context, row, isToDate, isInRange) {
    const amount = refundAmountAt(context.money, row, context.state.first);
    if (isToDate)
        context.state.netToDate -= amount;
    if (isInRange)
        context.counts.refundedRevenue += amount;
}
/** A page or screen view: counts toward engagement and times the previous view of the session. */
function foldView(context, session, at) {
    const { state, sessions } = context;
    if (context.sessionViews[session] < 2)
        context.sessionViews[session]++;
    const startAt = sessions.startAt[session];
    if (state.lastViewSession === session && startAt >= context.from && startAt <= context.to) {
        context.pageDurations.push(at - state.lastViewAt);
    }
    state.lastViewAt = at;
    state.lastViewSession = session;
}
/** Product Added: a new cart on the first add per cart_id (per actor), or per session without one. */
function foldCart(context, actor, row, session, isInRange) {
    const { state } = context;
    const cart = context.cartIds ? context.cartIds[row] : -1;
    let isNewCart;
    if (cart >= 0) {
        isNewCart = context.cartSeen[cart] !== actor + 1;
        context.cartSeen[cart] = actor + 1;
    }
    else {
        isNewCart = state.lastCartlessSession !== session;
        state.lastCartlessSession = session;
    }
    if (isNewCart && isInRange) {
        context.counts.carts++;
        state.flags |= CART_CREATOR;
    }
}
/** Actor-level counts once all rows are seen; returns the actor's final flags. */
function closeActor(counts, state) {
    let flags = state.flags;
    if ((flags & VISITOR) !== 0) {
        counts.visitors++;
        if ((flags & ONLINE_BUYER) !== 0)
            counts.convertedVisitors++;
    }
    if (state.ordersInRange >= 1) {
        counts.customers++;
        flags |= CUSTOMER;
    }
    if (state.ordersInRange >= 2) {
        counts.repeatCustomers++;
        flags |= REPEAT_CUSTOMER;
    }
    if (state.hasOrderToDate) {
        counts.historicCustomers++;
        counts.historicNetRevenue += state.netToDate;
        flags |= HISTORIC_CUSTOMER;
    }
    return flags;
}
/** Sessions that start in range: engagement (GA4) and conversion. */
function foldSessions(context, actorFlags) {
    const { sessions, from, to, counts, sessionFlags, sessionViews } = context;
    for (let s = 0; s < sessions.count; s++) {
        const startAt = sessions.startAt[s];
        if (startAt < from || startAt > to)
            continue;
        counts.sessions++;
        const flags = sessionFlags[s];
        const isEngaged = sessions.endAt[s] - startAt > ENGAGED_SESSION_MS ||
            (flags & SESSION_KEY_EVENT) !== 0 ||
            sessionViews[s] >= 2;
        if (isEngaged)
            counts.engagedSessions++;
        else
            actorFlags[sessions.actor[s]] |= BOUNCED;
        if ((flags & SESSION_ORDER) !== 0)
            counts.convertedSessions++;
    }
}
//# sourceMappingURL=kpi-fold.js.map