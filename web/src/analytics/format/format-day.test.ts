import { describe, expect, it } from 'vitest';
import { NO_VALUE } from './format-number.js';
import { formatDayRange, formatDays, formatRelativeDay } from './format-day.js';

describe('day spans', () => {
  it('keeps a decimal under two days and whole days above', () => {
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(8.52)).toBe('9 days');
    expect(formatDays(null)).toBe(NO_VALUE);
    expect(formatDayRange(6.3, 19.2)).toBe('6–19 days');
  });

  it('says where a date falls from the reference in whole days', () => {
    const now = '2026-11-23T12:00:00Z';
    expect(formatRelativeDay('2026-11-23T02:00:00Z', now)).toBe('today');
    expect(formatRelativeDay('2026-11-21T20:00:00Z', now)).toBe('2 days ago');
    expect(formatRelativeDay('2026-11-24T12:00:00Z', now)).toBe('in 1 day');
  });
});
