import { describe, expect, it } from 'vitest';
import { hasShapeOf } from './use-stored-state.js';

describe('hasShapeOf', () => {
  const form = { steps: ['Product Viewed'], windowValue: 14, breakdown: '' };

  it('accepts a stored form of the same shape', () => {
    expect(hasShapeOf(form, { steps: [], windowValue: 7, breakdown: 'utm_source' })).toBe(true);
  });

  it('rejects an older or foreign shape', () => {
    expect(hasShapeOf(form, { steps: [], windowValue: '7', breakdown: '' })).toBe(false);
    expect(hasShapeOf(form, { steps: [], windowValue: 7 })).toBe(false);
    expect(hasShapeOf(form, null)).toBe(false);
    expect(hasShapeOf('', 'lst_1')).toBe(true);
  });
});
