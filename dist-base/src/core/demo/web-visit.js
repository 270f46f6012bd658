import { DEMO_SHOP, pickProduct, productsIn } from './demo-catalog.js';
import { buildOrder, orderProperties, productLine, productProperties } from './demo-order.js';
import { returnCampaign, switchDevice } from './demo-person.js';
import { scheduleFollowUps } from './order-follow-ups.js';
import { Visit } from './visit.js';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/**
 * One visit to the web shop: landing, browsing and searching, maybe a cart, a checkout and an
 * order; then, perhaps, the next visit goes on the agenda.
 */
export function simulateWebVisit(world, person, startAt) {
    const { random } = world;
    const { state } = person;
    const isFirst = state.visits === 0;
    // Known customers sometimes come back on another device, anonymous there until they sign in.
    if (!isFirst && state.hasIdentified && random.chance(0.2))
        switchDevice(person, random);
    const campaign = isFirst ? person.firstCampaign : returnCampaign(random);
    state.visits++;
    const visit = new Visit(world, person, startAt, 'web', campaign);
    const landing = land(visit, world);
    if (!isFirst && state.hasIdentified && !state.isDeviceIdentified && random.chance(0.5)) {
        if (!visit.wait(3, 8))
            return;
        visit.identify();
    }
    const hasBounced = landing.canBounce && random.chance(isFirst ? 0.35 : 0.25);
    if (!hasBounced) {
        if (!browse(visit, world, landing.product, isFirst))
            return;
        if (!finishVisit(visit, world, isFirst))
            return;
    }
    scheduleReturn(world, person, visit.at);
}
/**
 * The landing page: the home page, a collection (the visitor then clicks one of its products) or a
 * product page straight from an ad. Returns the product to view first, if any.
 */
function land(visit, world) {
    const { random } = world;
    const r = random.next();
    if (r < 0.3)
        return { product: pickProduct(random, visit.person.favouriteCategory), canBounce: false };
    if (r < 0.65) {
        visit.page('Home', '/');
        return { product: null, canBounce: true };
    }
    const listed = viewCollection(visit, visit.person.favouriteCategory);
    return { product: random.chance(0.7) ? random.pick(listed) : null, canBounce: true };
}
/** Views a few products, finding each by search, a collection list or a recommendation. */
function browse(visit, world, first, isFirst) {
    const { random } = world;
    const { intent } = visit.person;
    const addChance = Math.min(0.5, 0.045 * intent * (isFirst ? 1 : 1.4));
    let views = 1 + random.geometric(Math.min(12, 2.2 * intent * (isFirst ? 1 : 1.2)));
    let product = first;
    while (views-- > 0) {
        product ??= discover(visit, world);
        if (!visit.wait(1, 3))
            return false;
        if (!viewProduct(visit, world, product, addChance))
            return false;
        product = null;
    }
    return true;
}
function discover(visit, world) {
    const { random } = world;
    const product = pickProduct(random, visit.person.favouriteCategory);
    const r = random.next();
    if (r < 0.15) {
        const query = product.productType.toLowerCase();
        visit.track('Products Searched', { query });
        visit.wait(1, 2);
        visit.page('Search Results', `/search?q=${query.replace(/ /g, '+')}`, { search: query });
    }
    else if (r < 0.45) {
        viewCollection(visit, product.category);
    }
    return product;
}
/** A collection page and its Product List Viewed; returns the products shown. */
function viewCollection(visit, category) {
    visit.page('Collection', `/collections/${category}`);
    visit.wait(1, 1);
    const listed = productsIn(category).slice(0, 4);
    visit.track('Product List Viewed', {
        list_id: category,
        category,
        products: listed.map((item, position) => ({ ...productLine(item, 1), position: position + 1 })),
    });
    return listed;
}
function viewProduct(visit, world, product, addChance) {
    const { random } = world;
    const { state } = visit.person;
    visit.page('Product', product.path, { title: `${product.name} | ${DEMO_SHOP.name}` });
    if (!visit.wait(1, 1))
        return false;
    visit.track('Product Viewed', productProperties(product));
    if (!visit.wait(2, 25))
        return false;
    if (!random.chance(addChance))
        return true;
    state.cart ??= { cartId: `cart_${random.uint32().toString(16).padStart(8, '0')}`, lines: [] };
    const quantity = random.chance(0.88) ? 1 : 2;
    state.cart.lines.push({ product, quantity });
    visit.track('Product Added', { cart_id: state.cart.cartId, ...productProperties(product), quantity });
    if (!visit.wait(2, 10))
        return false;
    if (random.chance(0.08)) {
        state.cart.lines.pop();
        visit.track('Product Removed', { cart_id: state.cart.cartId, ...productProperties(product), quantity });
        if (!visit.wait(2, 10))
            return false;
    }
    return true;
}
/** Cart, checkout and order, when there is a cart; otherwise a newsletter sign-up now and then. */
function finishVisit(visit, world, isFirst) {
    const { random } = world;
    const { person } = visit;
    const cart = person.state.cart;
    if (cart === null || cart.lines.length === 0) {
        if (!person.state.isDeviceIdentified && random.chance(0.03)) {
            visit.page('Sign Up', '/account/register');
            if (!visit.wait(10, 30))
                return false;
            visit.identify();
            visit.track('Signed Up', { method: 'email' });
        }
        return true;
    }
    if (!random.chance(0.5))
        return true;
    visit.page('Cart', '/cart');
    visit.wait(1, 1);
    const products = cart.lines.map((line) => productLine(line.product, line.quantity));
    visit.track('Cart Viewed', { cart_id: cart.cartId, products });
    if (!visit.wait(3, 20))
        return false;
    if (!random.chance(Math.min(0.8, 0.55 * Math.sqrt(person.intent) * (isFirst ? 1 : 1.3))))
        return true;
    return checkout(visit, world);
}
function checkout(visit, world) {
    const { random } = world;
    const { person } = visit;
    const cart = person.state.cart;
    // Checkout asks for an email first: the visitor is identified before Checkout Started.
    if (!person.state.isDeviceIdentified) {
        visit.page('Checkout', '/checkout/information');
        if (!visit.wait(15, 40))
            return false;
        visit.identify();
    }
    const order = buildOrder(random, cart.lines, false);
    const { order_id, revenue, currency, products, coupon } = orderProperties(order);
    visit.track('Checkout Started', {
        order_id,
        value: order.subtotal,
        revenue,
        currency,
        products,
        ...(coupon ? { coupon } : {}),
    });
    if (!visit.wait(30, 90))
        return false;
    if (!random.chance(0.42))
        return true;
    visit.track('Order Completed', {
        ...orderProperties(order),
        channel: 'web',
        affiliation: 'Online Store',
        cart_id: cart.cartId,
    });
    person.state.cart = null;
    if (!visit.wait(1, 1))
        return false;
    visit.page('Order Confirmation', '/checkout/thank-you');
    scheduleFollowUps(world, person, order, visit.at);
    return true;
}
/** Engaged people come back more often; the gap is days, occasionally weeks. */
function scheduleReturn(world, person, at) {
    const { random } = world;
    const visits = person.state.visits;
    const engagement = Math.min(1.6, 0.7 + 0.35 * person.intent);
    const chance = Math.min(0.8, (visits <= 1 ? 0.32 : 0.45 + 0.03 * Math.min(visits, 8)) * engagement);
    if (visits > 30 || !random.chance(chance))
        return;
    const gapMs = Math.max(HOUR_MS, Math.min(40 * DAY_MS, random.logNormal(3.5, 1.1) * DAY_MS));
    world.schedule({ kind: 'visit', at: Math.floor(at + gapMs), person });
}
//# sourceMappingURL=web-visit.js.map