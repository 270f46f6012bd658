import { describe, expect, it } from 'vitest';
import { normalizeEvent, type EventEnvelope } from './index.js';

const receivedAt = Date.parse('2026-03-01T10:00:00.000Z');
let counter = 0;
const envelope = (extra: Partial<EventEnvelope> = {}): EventEnvelope => ({
  receivedAt,
  ip: '203.0.113.7',
  newMessageId: () => `generated-${++counter}`,
  ...extra,
});

const accept = (raw: unknown, extra?: Partial<EventEnvelope>) => {
  const result = normalizeEvent(raw, envelope(extra));
  if (!result.ok) throw new Error(`dropped: ${result.error.message}`);
  return result.value;
};
const reasonOf = (raw: unknown, extra?: Partial<EventEnvelope>) => {
  const result = normalizeEvent(raw, envelope(extra));
  return result.ok ? 'accepted' : result.error.reason;
};

describe('normalizeEvent', () => {
  it('renames e-commerce v1 events to v2 and leaves other names alone', () => {
    expect(accept({ type: 'track', userId: 'u', event: 'Completed Order' }).event).toBe('Order Completed');
    expect(accept({ type: 'track', userId: 'u', event: 'Viewed Product' }).event).toBe('Product Viewed');
    expect(accept({ type: 'track', userId: 'u', event: 'Signed Up' }).event).toBe('Signed Up');
  });

  it('corrects device clock skew with receivedAt − (sentAt − timestamp)', () => {
    // The device clock runs one hour fast; the event happened 5 s before it was sent.
    const event = accept({
      type: 'track',
      userId: 'u',
      event: 'Product Viewed',
      timestamp: '2026-03-01T10:59:55.000Z',
      sentAt: '2026-03-01T11:00:00.000Z',
    });
    expect(event.timestamp).toBe(receivedAt - 5_000);
    expect(event.originalTimestamp).toBe(Date.parse('2026-03-01T10:59:55.000Z'));
    expect(event.sentAt).toBe(Date.parse('2026-03-01T11:00:00.000Z'));
  });

  it('clamps a corrected time in the future to receivedAt', () => {
    const event = accept({
      type: 'track',
      userId: 'u',
      event: 'x',
      timestamp: '2026-03-01T12:00:00.000Z',
      sentAt: '2026-03-01T11:00:00.000Z',
    });
    expect(event.timestamp).toBe(receivedAt);
  });

  it('keeps historical timestamps when no sentAt is given (imports)', () => {
    const event = accept({ type: 'track', userId: 'u', event: 'x', timestamp: '2024-01-01T00:00:00Z' });
    expect(event.timestamp).toBe(Date.parse('2024-01-01T00:00:00Z'));
    expect(accept({ type: 'track', userId: 'u', event: 'x' }).timestamp).toBe(receivedAt);
  });

  it('uses the batch sentAt for items that have none', () => {
    const event = accept(
      { type: 'track', userId: 'u', event: 'x', timestamp: '2026-03-01T08:00:00.000Z' },
      { batchSentAt: '2026-03-01T08:00:10.000Z' },
    );
    expect(event.timestamp).toBe(receivedAt - 10_000);
  });

  it('merges batch context and integrations under the item, the item winning', () => {
    const event = accept(
      {
        type: 'track',
        userId: 'u',
        event: 'x',
        context: { locale: 'de-DE' },
        integrations: { Mixpanel: false },
      },
      {
        batchContext: { locale: 'en-US', library: { name: 'lib' } },
        batchIntegrations: { All: true, Mixpanel: true },
      },
    );
    expect(event.context).toEqual({ locale: 'de-DE', library: { name: 'lib' }, ip: '203.0.113.7' });
    expect(event.integrations).toEqual({ All: true, Mixpanel: false });
  });

  it('stamps context.ip only when the event has none', () => {
    expect(accept({ type: 'track', userId: 'u', event: 'x' }).context.ip).toBe('203.0.113.7');
    expect(accept({ type: 'track', userId: 'u', event: 'x', context: { ip: '10.0.0.1' } }).context.ip).toBe(
      '10.0.0.1',
    );
    expect(accept({ type: 'track', userId: 'u', event: 'x' }, { ip: null }).context.ip).toBeUndefined();
  });

  it('generates a messageId when missing and keeps a given one', () => {
    expect(accept({ type: 'track', userId: 'u', event: 'x' }).messageId).toMatch(/^generated-/);
    expect(accept({ type: 'track', userId: 'u', event: 'x', messageId: 'm-1' }).messageId).toBe('m-1');
  });

  it('takes the type from the route over the body', () => {
    expect(accept({ type: 'identify', userId: 'u', event: 'x' }, { routeType: 'track' }).type).toBe('track');
  });

  it('reads page and screen names from the call or its properties', () => {
    expect(accept({ type: 'page', anonymousId: 'a', name: 'Home' }).name).toBe('Home');
    expect(accept({ type: 'screen', anonymousId: 'a', properties: { name: 'Cart' } }).name).toBe('Cart');
  });

  it('accepts numeric ids as strings', () => {
    expect(accept({ type: 'identify', userId: 42 }).userId).toBe('42');
  });

  it.each([
    [5, 'not_an_object'],
    [[1], 'not_an_object'],
    [{ type: 'track', event: 'x' }, 'missing_identity'],
    [{ type: 'track', userId: '', anonymousId: '  ', event: 'x' }, 'missing_identity'],
    [{ type: 'track', userId: 'u' }, 'missing_event'],
    [{ type: 'track', userId: 'u', event: '' }, 'missing_event'],
    [{ type: 'group', userId: 'u' }, 'missing_group_id'],
    [{ type: 'alias', userId: 'u' }, 'missing_previous_id'],
    [{ type: 'click', userId: 'u' }, 'invalid_type'],
    [{ type: 'track', userId: 'u', event: 'x', properties: [] }, 'invalid_field'],
    [{ type: 'track', userId: 'u', event: 'x', timestamp: 'yesterday' }, 'invalid_field'],
    [{ type: 'track', userId: 'u', event: 'x', messageId: 'm'.repeat(101) }, 'invalid_field'],
    [{ type: 'track', userId: 'u', event: 'x', properties: { big: 'x'.repeat(33_000) } }, 'event_too_large'],
  ])('drops %j with reason %s', (raw, reason) => {
    expect(reasonOf(raw)).toBe(reason);
  });

  it('drops deeply nested payloads without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 200; i++) deep = { nested: deep };
    expect(reasonOf({ type: 'track', userId: 'u', event: 'x', properties: deep })).toBe('nesting_too_deep');
  });

  it('counts multi-byte characters in the size limit', () => {
    // 11,000 three-byte characters are 33,000 bytes though only 11,000 UTF-16 units.
    expect(reasonOf({ type: 'track', userId: 'u', event: 'x', properties: { s: '€'.repeat(11_000) } })).toBe(
      'event_too_large',
    );
  });

  it('drops trees too deep for JSON.stringify as nesting_too_deep', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(reasonOf({ type: 'track', userId: 'u', event: 'x', properties: { deep } })).toBe(
      'nesting_too_deep',
    );
  });

  it('keeps flat events whose strings are full of brackets, and events exactly at the depth limit', () => {
    expect(reasonOf({ type: 'track', userId: 'u', event: 'x', properties: { s: '{['.repeat(500) } })).toBe(
      'accepted',
    );
    let deep: unknown = 'leaf';
    // The event is level 0 and properties level 1: a chain of 63 objects reaches level 63, the deepest allowed.
    for (let i = 0; i < 63; i++) deep = { nested: deep };
    expect(reasonOf({ type: 'track', userId: 'u', event: 'x', properties: deep })).toBe('accepted');
    expect(reasonOf({ type: 'track', userId: 'u', event: 'x', properties: { nested: deep } })).toBe(
      'nesting_too_deep',
    );
  });

  it('serializes the stored body once, with the batch context merged and the ip stamped', () => {
    const event = accept(
      { type: 'track', userId: 'u', event: 'x', properties: { a: 1 }, context: { locale: 'fr' } },
      { batchContext: { library: { name: 'lib' }, locale: 'en' } },
    );
    expect(JSON.parse(event.body)).toEqual({
      properties: { a: 1 },
      traits: {},
      context: { library: { name: 'lib' }, locale: 'fr', ip: '203.0.113.7' },
      integrations: {},
    });
  });
});
