import { describe, expect, it } from 'vitest';
import { normalizeEvent } from '../events/index.js';
import { generateStore } from './generate-store.js';
import type { SegmentCall } from './segment-call.js';

const START = Date.UTC(2026, 0, 5);
const DAYS = 56;
const options = { people: 2000, days: DAYS, seed: 42, start: START };
const calls = [...generateStore(options)];
const at = (call: SegmentCall): number => Date.parse(call.timestamp);
const tracks = (event: string): SegmentCall[] => calls.filter((call) => call.event === event);
/** People who sent `event`, as the userId or, for anonymous calls, the anonymousId. */
const actors = (event: string): Set<string> =>
  new Set(tracks(event).map((call) => call.userId ?? call.anonymousId!));

describe('generateStore', () => {
  it('gives the same calls for the same seed and different ones for another seed', () => {
    const again = [...generateStore(options)];
    expect(JSON.stringify(again)).toBe(JSON.stringify(calls));
    const other = [...generateStore({ ...options, seed: 43 })];
    expect(other[0]!.messageId).not.toBe(calls[0]!.messageId);
  });

  it('hands out calls sorted by timestamp, inside the period', () => {
    const unsorted = calls.filter((call, i) => i > 0 && at(call) < at(calls[i - 1]!));
    expect(unsorted).toEqual([]);
    expect(at(calls[0]!)).toBeGreaterThanOrEqual(START);
    expect(at(calls[calls.length - 1]!)).toBeLessThan(START + DAYS * 86_400_000);
  });

  it("keeps each person's calls strictly increasing and at least 1 s apart", () => {
    const last = new Map<string, number>();
    const tooClose: string[] = [];
    for (const call of calls) {
      for (const key of [call.userId && `u:${call.userId}`, call.anonymousId && `a:${call.anonymousId}`]) {
        if (!key) continue;
        const previous = last.get(key);
        if (previous !== undefined && at(call) - previous < 1000)
          tooClose.push(`${key} at ${call.timestamp}`);
        last.set(key, at(call));
      }
    }
    expect(tooClose).toEqual([]);
  });

  it('sends only valid Segment calls with unique message ids', () => {
    const envelope = { receivedAt: START + DAYS * 86_400_000, ip: null, newMessageId: () => 'generated' };
    const invalid = calls.filter((call) => {
      if (!(call.userId ?? call.anonymousId) || (call.type === 'track' && !call.event)) return true;
      return !normalizeEvent(JSON.parse(JSON.stringify(call)), envelope).ok;
    });
    expect(invalid).toEqual([]);
    expect(new Set(calls.map((call) => call.messageId)).size).toBe(calls.length);
  });

  it('has a realistic funnel: views > adds > checkouts > orders > 0', () => {
    const viewed = actors('Product Viewed').size;
    const added = actors('Product Added').size;
    const checkedOut = actors('Checkout Started').size;
    const ordered = new Set(
      tracks('Order Completed')
        .filter((c) => c.properties?.channel === 'web')
        .map((c) => c.userId),
    ).size;
    expect(viewed).toBeGreaterThan(added);
    expect(added).toBeGreaterThan(checkedOut);
    expect(checkedOut).toBeGreaterThan(ordered);
    expect(ordered).toBeGreaterThan(0);
    expect(viewed / options.people).toBeGreaterThan(0.5);
    expect(ordered / options.people).toBeLessThan(0.15);
    expect(tracks('Products Searched').length).toBeGreaterThan(0);
    expect(tracks('Product List Viewed').length).toBeGreaterThan(0);
    expect(tracks('Cart Viewed').length).toBeGreaterThan(0);
    expect(tracks('Product Removed').length).toBeGreaterThan(0);
  });

  it('identifies people with traits, some of them on a second device', () => {
    const identifies = calls.filter((call) => call.type === 'identify');
    expect(identifies.length).toBeGreaterThan(50);
    for (const call of identifies) {
      expect(call.userId).toBeTruthy();
      expect(Object.keys(call.traits ?? {})).toEqual(
        expect.arrayContaining(['email', 'firstName', 'lastName', 'city']),
      );
    }
    const devices = new Map<string, Set<string>>();
    for (const call of calls) {
      if (call.userId && call.anonymousId)
        devices.set(call.userId, (devices.get(call.userId) ?? new Set()).add(call.anonymousId));
    }
    expect([...devices.values()].some((ids) => ids.size > 1)).toBe(true);
    expect(calls.filter((c) => c.type === 'page' && c.userId === undefined).length).toBeGreaterThan(0);
  });

  it('has web orders with money fields, store orders without anonymous id, and refunds of earlier orders', () => {
    const orders = tracks('Order Completed');
    for (const order of orders) {
      expect(order.properties).toMatchObject({
        order_id: expect.any(String),
        revenue: expect.any(Number),
        total: expect.any(Number),
        currency: 'USD',
      });
      expect(order.properties?.products).toEqual(
        expect.arrayContaining([expect.objectContaining({ product_id: expect.any(String) })]),
      );
    }
    const inStore = orders.filter((order) => order.properties?.channel === 'pos');
    expect(inStore.length).toBeGreaterThan(0);
    expect(inStore.length).toBeLessThan(orders.length / 2);
    for (const order of inStore) {
      expect(order.userId).toBeTruthy();
      expect(order.anonymousId).toBeUndefined();
      expect(order.properties?.store_id).toEqual(expect.any(String));
    }
    const ordered = new Map(orders.map((order) => [order.properties?.order_id, at(order)]));
    const refunds = tracks('Order Refunded');
    expect(refunds.length).toBeGreaterThan(0);
    for (const refund of refunds)
      expect(at(refund)).toBeGreaterThan(ordered.get(refund.properties?.order_id)!);
  });

  it('has NPS answers from 0 to 10 and product reviews', () => {
    const surveys = tracks('Survey Responded');
    expect(surveys.length).toBeGreaterThan(0);
    for (const survey of surveys) {
      expect(survey.properties?.score).toBeGreaterThanOrEqual(0);
      expect(survey.properties?.score).toBeLessThanOrEqual(10);
    }
    expect(tracks('Product Reviewed').length).toBeGreaterThan(0);
  });

  it('refuses options it cannot honour', () => {
    expect(() => [...generateStore({ ...options, people: -1 })]).toThrow(/people/);
    expect(() => [...generateStore({ ...options, days: 0 })]).toThrow(/days/);
  });
});
