import { describe, expect, it } from 'vitest';
import { NO_VALUE } from '../format/format-number.js';
import { formatNps, surveyPeriod } from './survey-groups.js';

describe('formatNps', () => {
  it('shows whole points with their sign', () => {
    expect(formatNps(32.69)).toBe('+33');
    expect(formatNps(-12.4)).toBe('\u221212');
    expect(formatNps(0.3)).toBe('0');
    expect(formatNps(null)).toBe(NO_VALUE);
  });
});

describe('surveyPeriod', () => {
  const range = (days: number) => ({
    from: '2026-01-01T00:00:00Z',
    to: new Date(Date.UTC(2026, 0, 1 + days)).toISOString(),
  });

  it('groups sparse answers by week from a fortnight on, by month from half a year', () => {
    expect(surveyPeriod(range(7))).toBe('day');
    expect(surveyPeriod(range(90))).toBe('week');
    expect(surveyPeriod(range(365))).toBe('month');
  });
});
