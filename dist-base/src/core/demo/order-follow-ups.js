import { DEMO_SHOP } from './demo-catalog.js';
import { productLine } from './demo-order.js';
import { weightedTable } from './seeded-random.js';
import { Visit } from './visit.js';
const DAY_MS = 86_400_000;
/** Net Promoter answers lean positive, with a tail of detractors. Index = score 0–10. */
const NPS_SCORES = weightedTable([2, 1, 1, 2, 2, 4, 5, 9, 15, 24, 35].map((weight, score) => [score, weight]));
const RATINGS = weightedTable([
    [5, 50],
    [4, 28],
    [3, 11],
    [2, 6],
    [1, 5],
]);
const REVIEW_TEXTS = [
    'Fits as expected, great quality.',
    'Good value, arrived quickly.',
    'Runs a little small, order a size up.',
    'Colour is slightly different from the photos.',
    'Exactly what I needed for the trip.',
    'Not as warm as I hoped.',
];
/** After an order: some people return goods, review a product or answer the NPS survey. */
export function scheduleFollowUps(world, person, order, at) {
    const { random } = world;
    const after = (minDays, maxDays) => at + (minDays + random.next() * (maxDays - minDays)) * DAY_MS;
    if (random.chance(0.15))
        world.schedule({ kind: 'refund', at: Math.floor(after(3, 21)), person, order });
    if (random.chance(0.18))
        world.schedule({ kind: 'review', at: Math.floor(after(4, 14)), person, order });
    if (random.chance(0.3))
        world.schedule({ kind: 'survey', at: Math.floor(after(1, 5)), person, order });
}
/** A return processed by the back office: Order Refunded for one line (or all of a one-line order). */
export function runRefund(world, task) {
    const { order } = task;
    const line = world.random.pick(order.lines);
    const share = order.subtotal > 0 ? (line.product.price * line.quantity) / order.subtotal : 1;
    const total = order.lines.length === 1 ? order.total : Math.round(order.total * share * 100) / 100;
    new Visit(world, task.person, task.at, 'server').track('Order Refunded', {
        order_id: order.orderId,
        total,
        currency: DEMO_SHOP.currency,
        reason: world.random.pick(['wrong_size', 'changed_mind', 'damaged', 'not_as_described']),
        products: [productLine(line.product, line.quantity)],
    });
}
/** The customer follows the review e-mail's link (signing in there if needed) and rates a product. */
export function runReview(world, task) {
    const { random } = world;
    const { product } = random.pick(task.order.lines);
    const visit = new Visit(world, task.person, task.at, 'web', {
        source: 'newsletter',
        medium: 'email',
        name: 'review_request',
    });
    if (!task.person.state.isDeviceIdentified)
        visit.identify();
    visit.wait(1, 2);
    visit.page('Write a Review', `${product.path}/review`);
    visit.wait(20, 60);
    const rating = random.weighted(RATINGS);
    visit.track('Product Reviewed', {
        product_id: product.productId,
        review_id: `rev_${random.uint32().toString(36)}`,
        review_body: random.pick(REVIEW_TEXTS),
        rating,
    });
}
/** The survey tool reports an NPS answer server-side, by userId. */
export function runSurvey(world, task) {
    const { random } = world;
    const score = random.weighted(NPS_SCORES);
    new Visit(world, task.person, task.at, 'server').track('Survey Responded', {
        survey_id: 'nps_post_purchase',
        question: `How likely are you to recommend ${DEMO_SHOP.name} to a friend?`,
        score,
        ...(random.chance(0.3)
            ? {
                comment: score >= 9 ? 'Love the quality.' : score >= 7 ? 'Fine overall.' : 'Delivery took too long.',
            }
            : {}),
        order_id: task.order.orderId,
    });
}
//# sourceMappingURL=order-follow-ups.js.map