import { arrivalTimes } from './arrival-times.js';
import { createDemoPerson } from './demo-person.js';
import { DemoWorld } from './demo-world.js';
import { runRefund, runReview, runSurvey } from './order-follow-ups.js';
import { SeededRandom } from './seeded-random.js';
import { HOUR_MS } from './store-timeline.js';
import { runStorePurchase, scheduleStorePurchases } from './store-purchases.js';
import { simulateWebVisit } from './web-visit.js';
const DAY_MS = 86_400_000;
/**
 * Generates the event stream of a realistic online shop: visitors arriving through campaigns,
 * browsing, carts, checkouts and orders, identification, returning visits on other devices,
 * refunds, reviews, NPS answers and in-store purchases. Calls come sorted by timestamp, and each
 * person's calls are at least 1 s apart. Memory stays bounded: calls are handed out hour by hour.
 *
 * @example
 * for (const call of generateStore({ people: 2000, days: 56, seed: 1, start: Date.UTC(2026, 0, 5) })) send(call);
 */
export function* generateStore(options) {
    const { people, days, seed, start } = options;
    if (!Number.isInteger(people) || people < 0)
        throw new Error(`generateStore: people must be a whole number ≥ 0, got ${people}`);
    if (!Number.isInteger(days) || days < 1)
        throw new Error(`generateStore: days must be a whole number ≥ 1, got ${days}`);
    if (!Number.isFinite(start))
        throw new Error('generateStore: start must be a finite instant');
    const end = start + days * DAY_MS;
    const random = new SeededRandom(seed);
    const world = new DemoWorld(random, start, end);
    const arrivals = arrivalTimes(random, start, end, people);
    let arrival = arrivals.next();
    let index = 0;
    for (let hour = 0; hour * HOUR_MS < end - start; hour++) {
        const hourEnd = start + (hour + 1) * HOUR_MS;
        while (!arrival.done && arrival.value < hourEnd) {
            const person = createDemoPerson(random, index++);
            simulateWebVisit(world, person, arrival.value);
            scheduleStorePurchases(world, person, arrival.value);
            arrival = arrivals.next();
        }
        world.runTasks(hour, (task) => runTask(world, task));
        // Every visit starting before hourEnd has run, and none of them emits before its start: this hour is final.
        yield* world.timeline.take(hour);
    }
}
function runTask(world, task) {
    switch (task.kind) {
        case 'visit':
            return simulateWebVisit(world, task.person, task.at);
        case 'store-purchase':
            return runStorePurchase(world, task);
        case 'refund':
            return runRefund(world, task);
        case 'review':
            return runReview(world, task);
        case 'survey':
            return runSurvey(world, task);
    }
}
//# sourceMappingURL=generate-store.js.map