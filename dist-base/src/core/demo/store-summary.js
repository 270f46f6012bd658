/** Folds a stream of calls into a summary. Reads the whole iterable. */
export function summarizeStore(calls) {
    const byEvent = {};
    const users = new Set();
    const anonymous = new Set();
    const identifiedAnonymous = new Set();
    let events = 0, orders = 0, storeOrders = 0, revenue = 0, refunds = 0, refunded = 0;
    for (const call of calls) {
        events++;
        const name = call.type === 'track' ? (call.event ?? 'track') : call.type;
        byEvent[name] = (byEvent[name] ?? 0) + 1;
        if (call.userId !== undefined)
            users.add(call.userId);
        if (call.anonymousId !== undefined) {
            anonymous.add(call.anonymousId);
            if (call.userId !== undefined)
                identifiedAnonymous.add(call.anonymousId);
        }
        const properties = call.properties ?? {};
        if (name === 'Order Completed') {
            orders++;
            if (properties.channel === 'pos')
                storeOrders++;
            revenue += typeof properties.revenue === 'number' ? properties.revenue : 0;
        }
        else if (name === 'Order Refunded') {
            refunds++;
            refunded += typeof properties.total === 'number' ? properties.total : 0;
        }
    }
    return {
        events,
        people: users.size + anonymous.size - identifiedAnonymous.size,
        identifiedPeople: users.size,
        orders,
        storeOrders,
        revenue: Math.round(revenue * 100) / 100,
        refunds,
        refunded: Math.round(refunded * 100) / 100,
        byEvent,
    };
}
//# sourceMappingURL=store-summary.js.map