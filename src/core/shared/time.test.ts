import { describe, expect, it } from 'vitest';
import { durationToMs, parseInstant } from './index.js';

describe('parseInstant', () => {
  it('reads ISO times with a zone and plain dates', () => {
    expect(parseInstant('2026-03-01T10:00:00.000Z')).toBe(Date.UTC(2026, 2, 1, 10));
    expect(parseInstant('2026-03-01T12:00:00+02:00')).toBe(Date.UTC(2026, 2, 1, 10));
    expect(parseInstant('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
  });

  it.each(['2026-03-01T10:00:00', '2020-02-30', '2021-02-29T00:00:00Z', '2020-13-01', 'yesterday', 42])(
    'refuses %j',
    (value) => {
      expect(parseInstant(value)).toBeUndefined();
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseInstant('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
  });
});

describe('durationToMs', () => {
  it('converts wire durations', () => {
    expect(durationToMs({ value: 14, unit: 'day' })).toBe(14 * 86_400_000);
    expect(durationToMs({ value: 1, unit: 'month' })).toBe(30 * 86_400_000);
  });
});
