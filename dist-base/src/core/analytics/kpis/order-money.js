/** Segment's e-commerce events the money rules read. */
export const ORDER_EVENT = 'Order Completed';
export const REFUND_EVENT = 'Order Refunded';
/** Property paths the money rules read; list them in a query's `xxxProperties`. */
export const ORDER_MONEY_PROPERTIES = [
    'revenue',
    'total',
    'shipping',
    'tax',
    'amount',
    'order_id',
    'channel',
];
/** `channel` values (lower case) that mark an order rung up in a physical store. */
const IN_STORE_CHANNELS = new Set(['pos', 'in_store', 'in-store', 'store', 'retail']);
/** Looks up the money columns of `table`; `orderEvent` is the event whose rows are orders. */
export function loadOrderMoney(table, orderEvent = ORDER_EVENT) {
    const channel = table.column('channel');
    return {
        revenue: table.column('revenue')?.numbers,
        total: table.column('total')?.numbers,
        shipping: table.column('shipping')?.numbers,
        tax: table.column('tax')?.numbers,
        amount: table.column('amount')?.numbers,
        orderId: table.column('order_id')?.codes,
        isInStoreChannel: inStoreCodes(channel),
        channel: channel?.codes,
        events: table.events,
        orderCode: table.eventKeys.indexOf(orderEvent),
    };
}
function inStoreCodes(channel) {
    const flags = new Uint8Array(channel?.strings.length ?? 0);
    channel?.strings.forEach((value, code) => {
        if (IN_STORE_CHANNELS.has(value.trim().toLowerCase()))
            flags[code] = 1;
    });
    return flags;
}
const valueAt = (column, row) => column ? column[row] : Number.NaN;
const orZero = (value) => (Number.isNaN(value) ? 0 : value);
/**
 * Revenue of the order on `row`: `revenue` when present (Segment: after discounts, before shipping
 * and tax); else `total − shipping − tax` (a missing shipping or tax counts as 0, so a lone `total`
 * is taken as is); else 0.
 */
export function orderRevenueAt(money, row) {
    const revenue = valueAt(money.revenue, row);
    if (!Number.isNaN(revenue))
        return revenue;
    const total = valueAt(money.total, row);
    if (Number.isNaN(total))
        return 0;
    return total - orZero(valueAt(money.shipping, row)) - orZero(valueAt(money.tax, row));
}
/** True when the order on `row` was rung up in a store (`channel` is pos, in_store, store or retail). */
export function isInStoreAt(money, row) {
    const code = money.channel ? money.channel[row] : -1;
    return code >= 0 && money.isInStoreChannel[code] === 1;
}
/**
 * Amount of the refund on `row`: its `revenue`, else `total`, else `amount`. A refund with none of
 * them is a full refund of the order it names: the revenue of the actor's latest earlier order
 * with the same `order_id` (searched from `row` back to `actorFirstRow`); 0 when there is none.
 */
export function refundAmountAt(money, row, actorFirstRow) {
    const revenue = valueAt(money.revenue, row);
    if (!Number.isNaN(revenue))
        return revenue;
    const total = valueAt(money.total, row);
    if (!Number.isNaN(total))
        return total;
    const amount = valueAt(money.amount, row);
    if (!Number.isNaN(amount))
        return amount;
    const orderId = money.orderId ? money.orderId[row] : -1;
    if (orderId < 0)
        return 0;
    for (let earlier = row - 1; earlier >= actorFirstRow; earlier--) {
        if (money.events[earlier] === money.orderCode && money.orderId[earlier] === orderId) {
            return orderRevenueAt(money, earlier);
        }
    }
    return 0;
}
/** Rounds a money sum to 6 decimals: removes float noise (0.1 + 0.2) without losing any currency's minor unit. */
export function roundMoney(amount) {
    return Math.round(amount * 1e6) / 1e6;
}
//# sourceMappingURL=order-money.js.map