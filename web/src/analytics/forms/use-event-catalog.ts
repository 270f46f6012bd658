import { useApiClient } from '../../app/auth-provider.js';
import { useResource } from '../../app/use-resource.js';

/** Segment's e-commerce spec v2 and common account events: offered even before they are seen. */
export const ECOMMERCE_EVENTS = [
  'Products Searched',
  'Product List Viewed',
  'Product Clicked',
  'Product Viewed',
  'Product Added',
  'Product Removed',
  'Cart Viewed',
  'Checkout Started',
  'Checkout Step Completed',
  'Payment Info Entered',
  'Coupon Applied',
  'Order Completed',
  'Order Refunded',
  'Order Cancelled',
  'Product Reviewed',
  'Product Added to Wishlist',
  'Signed Up',
  'Signed In',
];

/** Properties worth breaking down by in a shop, offered before any are seen. */
const COMMON_PROPERTIES = ['utm_source', 'utm_medium', 'utm_campaign', 'category', 'brand', 'currency'];

export interface EventCatalog {
  /** Names seen in recent events first (most frequent first), then the spec's names. */
  events: string[];
  /** Event names seen recently, to mark the others as "not seen yet". */
  seen: ReadonlySet<string>;
  /** Top-level property names of recent track and page events. */
  properties: string[];
  /** Page paths seen recently (`properties.path`), e.g. `/cart`. */
  pages: string[];
}

/** What a report form can offer in its pickers, learned from the last 1,000 events. */
export function useEventCatalog(): EventCatalog {
  const client = useApiClient();
  const recent = useResource('analytics-event-catalog', () => client.listEvents({ limit: 1000 }));
  const events = recent.data?.events ?? [];
  const eventCounts = new Map<string, number>();
  const propertyCounts = new Map<string, number>();
  const pages = new Set<string>();
  for (const event of events) {
    if (event.type === 'track' && event.event !== null) {
      eventCounts.set(event.event, (eventCounts.get(event.event) ?? 0) + 1);
    }
    const path = event.properties.path;
    if (event.type === 'page' && typeof path === 'string' && pages.size < 200) pages.add(path);
    if (event.type === 'track' || event.type === 'page') {
      for (const key of Object.keys(event.properties))
        propertyCounts.set(key, (propertyCounts.get(key) ?? 0) + 1);
    }
  }
  const seen = byCount(eventCounts);
  return {
    events: unique([...seen, ...ECOMMERCE_EVENTS]),
    seen: new Set(seen),
    properties: unique([
      ...COMMON_PROPERTIES.filter((name) => propertyCounts.has(name)),
      ...byCount(propertyCounts),
      ...COMMON_PROPERTIES,
    ]),
    pages: [...pages].sort(),
  };
}

function byCount(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
