import { DEMO_SHOP } from './demo-catalog.js';
const TAX_RATE = 0.08;
const FREE_SHIPPING_FROM = 75;
const SHIPPING = 6.95;
const money = (amount) => Math.round(amount * 100) / 100;
/** Prices an order; web orders pay shipping below the free-shipping threshold, store orders never do. */
export function buildOrder(random, lines, isInStore) {
    const subtotal = money(lines.reduce((sum, line) => sum + line.product.price * line.quantity, 0));
    const coupon = isInStore ? null : random.chance(0.2) ? random.pick(['WELCOME10', 'SPRING15']) : null;
    const discount = coupon === null ? 0 : money(subtotal * (coupon === 'WELCOME10' ? 0.1 : 0.15));
    const revenue = money(subtotal - discount);
    const shipping = isInStore || revenue >= FREE_SHIPPING_FROM ? 0 : SHIPPING;
    const tax = money(revenue * TAX_RATE);
    return {
        orderId: `ord_${random.uint32().toString(36).padStart(7, '0')}${random.int(1296).toString(36).padStart(2, '0')}`,
        lines,
        subtotal,
        discount,
        coupon,
        shipping,
        tax,
        revenue,
        total: money(revenue + tax + shipping),
    };
}
/** The properties of Order Completed (and, with fewer fields, Checkout Started). */
export function orderProperties(order) {
    return {
        order_id: order.orderId,
        subtotal: order.subtotal,
        discount: order.discount,
        ...(order.coupon ? { coupon: order.coupon } : {}),
        shipping: order.shipping,
        tax: order.tax,
        revenue: order.revenue,
        total: order.total,
        currency: DEMO_SHOP.currency,
        products: order.lines.map((line) => productLine(line.product, line.quantity)),
    };
}
/** A product inside a `products` array. */
export function productLine(product, quantity) {
    return {
        product_id: product.productId,
        sku: product.sku,
        name: product.name,
        brand: product.brand,
        category: product.category,
        price: product.price,
        quantity,
    };
}
/** The properties of Product Viewed, Added and Removed. */
export function productProperties(product) {
    return {
        product_id: product.productId,
        sku: product.sku,
        name: product.name,
        brand: product.brand,
        category: product.category,
        variant: product.variant,
        price: product.price,
        currency: DEMO_SHOP.currency,
        url: `${DEMO_SHOP.origin}${product.path}`,
    };
}
//# sourceMappingURL=demo-order.js.map