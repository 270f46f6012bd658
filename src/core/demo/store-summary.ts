import type { SegmentCall } from './segment-call.js';

/** What a generated stream contains, for a report after sending it. */
export interface StoreSummary {
  readonly events: number;
  /** Distinct people seen: user ids, plus anonymous ids never tied to one. */
  readonly people: number;
  readonly identifiedPeople: number;
  readonly orders: number;
  /** Orders rung up in a physical store (`properties.channel` = `pos`). */
  readonly storeOrders: number;
  /** Sum of `revenue` over Order Completed. */
  readonly revenue: number;
  readonly refunds: number;
  /** Sum of `total` over Order Refunded. */
  readonly refunded: number;
  /** Calls per event name (track) or per type (`page`, `identify`). */
  readonly byEvent: Readonly<Record<string, number>>;
}

/** Folds a stream of calls into a summary. Reads the whole iterable. */
export function summarizeStore(calls: Iterable<SegmentCall>): StoreSummary {
  const byEvent: Record<string, number> = {};
  const users = new Set<string>();
  const anonymous = new Set<string>();
  const identifiedAnonymous = new Set<string>();
  let events = 0,
    orders = 0,
    storeOrders = 0,
    revenue = 0,
    refunds = 0,
    refunded = 0;
  for (const call of calls) {
    events++;
    const name = call.type === 'track' ? (call.event ?? 'track') : call.type;
    byEvent[name] = (byEvent[name] ?? 0) + 1;
    if (call.userId !== undefined) users.add(call.userId);
    if (call.anonymousId !== undefined) {
      anonymous.add(call.anonymousId);
      if (call.userId !== undefined) identifiedAnonymous.add(call.anonymousId);
    }
    const properties = call.properties ?? {};
    if (name === 'Order Completed') {
      orders++;
      if (properties.channel === 'pos') storeOrders++;
      revenue += typeof properties.revenue === 'number' ? properties.revenue : 0;
    } else if (name === 'Order Refunded') {
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
