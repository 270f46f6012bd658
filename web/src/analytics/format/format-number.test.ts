import { describe, expect, it } from 'vitest';
import { formatDuration, formatMoney, formatPercent, NO_VALUE } from './format-number.js';

describe('formatDuration', () => {
  it('keeps the two largest units and drops a zero second one', () => {
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(330_052)).toBe('5m 30s');
    expect(formatDuration(2 * 3_600_000 + 5 * 60_000 + 7000)).toBe('2h 5m');
    expect(formatDuration(3 * 86_400_000 + 59_000)).toBe('3d');
  });

  it('shows tenths under a second and a dash for missing values', () => {
    expect(formatDuration(420)).toMatch(/^0[.,]4s$/);
    expect(formatDuration(null)).toBe(NO_VALUE);
    expect(formatDuration(-1)).toBe(NO_VALUE);
  });
});

describe('rates and money', () => {
  it('gives a dash, never a fake zero, for a rate without a denominator', () => {
    expect(formatPercent(null)).toBe(NO_VALUE);
    expect(formatMoney(Number.NaN)).toBe(NO_VALUE);
  });
});
