import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil, firstDayOfMonth, monthOfDay } from './civil-days.js';

const DAY = 86_400_000;

describe('civil day arithmetic', () => {
  it('matches known dates', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2024, 1, 1)).toBe(19_723); // Date.UTC(2024, 0, 1) / 86 400 000
    expect(daysFromCivil(2000, 2, 29)).toBe(11_016);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
  });

  it('agrees with Date for every day of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -150_000, max: 150_000 }), (day) => {
        const date = new Date(day * DAY);
        const month = (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
        expect(monthOfDay(day)).toBe(month);
        expect(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(day);
        expect(firstDayOfMonth(month)).toBe(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY);
      }),
    );
  });
});
