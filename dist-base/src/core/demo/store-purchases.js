import { pickProduct } from './demo-catalog.js';
import { buildOrder, orderProperties } from './demo-order.js';
import { Visit } from './visit.js';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** People who live near a store buy there once or twice during the period, in opening hours. */
export function scheduleStorePurchases(world, person, from) {
    if (person.store === null)
        return;
    const { random } = world;
    const count = random.chance(0.3) ? 2 : 1;
    for (let i = 0; i < count; i++) {
        const day = Math.floor((from + random.next() * (world.end - from)) / DAY_MS) * DAY_MS;
        // 14:00–23:00 UTC is 10:00–19:00 on the US east coast.
        const at = day + 14 * HOUR_MS + Math.floor(random.next() * 9 * HOUR_MS);
        if (at > from)
            world.schedule({ kind: 'store-purchase', at, person });
    }
}
/** A till receipt: the loyalty card carries the userId, there is no anonymous id. */
export function runStorePurchase(world, task) {
    const { random } = world;
    const { person } = task;
    const store = person.store;
    const visit = new Visit(world, person, task.at, 'pos');
    // A shopper who never gave the web shop an e-mail signs up for the loyalty card at the till.
    if (!person.state.hasIdentified) {
        visit.identify();
        visit.wait(30, 60);
    }
    const lines = [];
    const count = 1 + random.geometric(0.6);
    for (let i = 0; i < count; i++)
        lines.push({ product: pickProduct(random, person.favouriteCategory), quantity: 1 });
    const order = buildOrder(random, lines, true);
    visit.track('Order Completed', {
        ...orderProperties(order),
        channel: 'pos',
        store_id: store.storeId,
        affiliation: store.name,
    });
}
//# sourceMappingURL=store-purchases.js.map