import { describe, expect, it } from 'vitest';
import { summarizeFields } from './describe-event.js';

describe('summarizeFields', () => {
  it('shows the first entries and counts the rest', () => {
    expect(summarizeFields({ revenue: 42, currency: 'USD', coupon: null, items: 3 })).toBe(
      'revenue: 42 · currency: USD · coupon: null · +1 more',
    );
  });

  it('shortens long values and renders objects as JSON', () => {
    expect(summarizeFields({ note: 'x'.repeat(60) })).toBe(`note: ${'x'.repeat(39)}…`);
    expect(summarizeFields({ cart: { id: 'c1' } })).toBe('cart: {"id":"c1"}');
  });

  it('is empty for no fields', () => {
    expect(summarizeFields({})).toBe('');
  });
});
