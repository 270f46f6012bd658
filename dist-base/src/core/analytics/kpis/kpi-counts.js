// The raw sums and per-actor flags the KPI fold produces; every KPI is a ratio of two sums.
/** Per-actor flags set by the fold, for click-through (kpiActors). */
export const ACTOR_FLAG = {
    visitor: 1,
    /** Has an online (not in-store) order in range. */
    onlineBuyer: 2,
    customer: 4,
    repeatCustomer: 8,
    inStoreBuyer: 16,
    /** Has a non-engaged session starting in range. */
    bounced: 32,
    cartCreator: 64,
    checkoutStarter: 128,
    historicCustomer: 256,
};
/** All sums at zero. */
export function emptyKpiCounts() {
    return {
        visitors: 0,
        convertedVisitors: 0,
        sessions: 0,
        engagedSessions: 0,
        convertedSessions: 0,
        orders: 0,
        onlineOrders: 0,
        posOrders: 0,
        grossRevenue: 0,
        refundedRevenue: 0,
        customers: 0,
        repeatCustomers: 0,
        carts: 0,
        checkouts: 0,
        historicCustomers: 0,
        historicNetRevenue: 0,
    };
}
/** A Float64Array that grows by doubling: millions of page times without boxed numbers. */
export class GrowableNumbers {
    buffer = new Float64Array(1024);
    length = 0;
    push(value) {
        if (this.length === this.buffer.length) {
            const next = new Float64Array(this.buffer.length * 2);
            next.set(this.buffer);
            this.buffer = next;
        }
        this.buffer[this.length++] = value;
    }
    /** The pushed values (a view of the buffer, not a copy). */
    values() {
        return this.buffer.subarray(0, this.length);
    }
}
//# sourceMappingURL=kpi-counts.js.map