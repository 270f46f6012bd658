import { describe, expect, it } from 'vitest';
import { previousRange, resolveRange, toDayInput } from './date-range.js';

const NOW = new Date(2024, 1, 20, 15, 30); // 20 Feb 2024, local time

describe('resolveRange', () => {
  it('covers whole local days, today included', () => {
    const range = resolveRange({ preset: 'last7', from: '', to: '' }, NOW, 0);
    expect(toDayInput(range.from)).toBe('2024-02-14');
    expect(toDayInput(range.to)).toBe('2024-02-20');
    expect(new Date(range.to).getHours()).toBe(23);
  });

  it('reads custom days in either order', () => {
    const range = resolveRange({ preset: 'custom', from: '2024-01-31', to: '2024-01-01' }, NOW, 0);
    expect(toDayInput(range.from)).toBe('2024-01-01');
    expect(toDayInput(range.to)).toBe('2024-01-31');
  });

  it('gives last month in full and starts all time at the first event', () => {
    const lastMonth = resolveRange({ preset: 'lastMonth', from: '', to: '' }, NOW, 0);
    expect([toDayInput(lastMonth.from), toDayInput(lastMonth.to)]).toEqual(['2024-01-01', '2024-01-31']);
    const all = resolveRange({ preset: 'all', from: '', to: '' }, NOW, new Date(2023, 5, 9, 12).getTime());
    expect(toDayInput(all.from)).toBe('2023-06-09');
  });
});

describe('previousRange', () => {
  it('is as long as the current range and ends just before it', () => {
    const current = resolveRange({ preset: 'last7', from: '', to: '' }, NOW, 0);
    const previous = previousRange(current);
    expect(Date.parse(current.from) - Date.parse(previous.to)).toBe(1);
    expect(Date.parse(previous.to) - Date.parse(previous.from)).toBe(
      Date.parse(current.to) - Date.parse(current.from),
    );
  });
});
