// Segment's e-commerce spec v1 names and the v2 names they became. Persisted names are frozen:
// add to this table, never change an entry.
import { EMAIL_EVENTS } from './email-names.js';
const V1_TO_V2 = {
    'Viewed Product Category': 'Product List Viewed',
    'Viewed Product List': 'Product List Viewed',
    'Filtered Product List': 'Product List Filtered',
    'Searched Products': 'Products Searched',
    'Viewed Promotion': 'Promotion Viewed',
    'Clicked Promotion': 'Promotion Clicked',
    'Clicked Product': 'Product Clicked',
    'Viewed Product': 'Product Viewed',
    'Added Product': 'Product Added',
    'Removed Product': 'Product Removed',
    'Viewed Cart': 'Cart Viewed',
    'Started Checkout': 'Checkout Started',
    'Viewed Checkout Step': 'Checkout Step Viewed',
    'Completed Checkout Step': 'Checkout Step Completed',
    'Entered Payment Info': 'Payment Info Entered',
    'Completed Order': 'Order Completed',
    'Updated Order': 'Order Updated',
    'Refunded Order': 'Order Refunded',
    'Cancelled Order': 'Order Cancelled',
    'Entered Coupon': 'Coupon Entered',
    'Applied Coupon': 'Coupon Applied',
    'Denied Coupon': 'Coupon Denied',
    'Removed Coupon': 'Coupon Removed',
    'Added Product to Wishlist': 'Product Added to Wishlist',
    'Removed Product from Wishlist': 'Product Removed from Wishlist',
    'Added Wishlist Product to Cart': 'Wishlist Product Added to Cart',
    'Shared Product': 'Product Shared',
    'Shared Cart': 'Cart Shared',
    'Reviewed Product': 'Product Reviewed',
};
/** The v2 e-commerce and email event names: the typed catalogue offered to funnel and segment builders. */
export const STANDARD_EVENT_NAMES = [
    ...new Set([...Object.values(V1_TO_V2), ...Object.values(EMAIL_EVENTS)]),
];
/** Maps an e-commerce v1 event name to its v2 name; any other name is returned unchanged. */
export function normalizeEventName(name) {
    return V1_TO_V2[name] ?? name;
}
//# sourceMappingURL=ecommerce-names.js.map