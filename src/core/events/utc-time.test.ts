import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readUtcIsoTime } from './utc-time.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

describe('readUtcIsoTime', () => {
  it('reads every toISOString() time of years 0000-9999 as Date.parse does', () => {
    // Date.UTC reads years 0-99 as 1900-1999: the first instant of year 0 is set explicitly.
    const first = new Date(0);
    first.setUTCFullYear(0, 0, 1);
    const last = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
    fc.assert(
      fc.property(fc.integer({ min: first.getTime(), max: last }), (at) => {
        const text = new Date(at).toISOString();
        expect(readUtcIsoTime(text)).toBe(Date.parse(text));
        expect(readUtcIsoTime(text.toLowerCase())).toBe(Date.parse(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('agrees with Date.parse on leap days, month ends and the edges of the clock', () => {
    for (const text of [
      '2024-02-29T23:59:59.999Z',
      '2000-02-29T00:00:00.000Z',
      '1970-01-01T00:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
      '2023-12-31T12:00:00.500Z',
      '0000-01-01T00:00:00.000Z',
    ])
      expect(readUtcIsoTime(text)).toBe(Date.parse(text));
  });

  it('leaves every other shape and every out-of-range field to the long way', () => {
    for (const text of [
      '2023-02-29T00:00:00.000Z', // not a leap year
      '1900-02-29T00:00:00.000Z',
      '2024-04-31T00:00:00.000Z',
      '2024-13-01T00:00:00.000Z',
      '2024-00-10T00:00:00.000Z',
      '2024-01-00T00:00:00.000Z',
      '2024-01-01T24:00:00.000Z',
      '2024-01-01T23:60:00.000Z',
      '2024-01-01T23:59:60.000Z',
      '2024-01-01T00:00:00Z',
      '2024-01-01T00:00:00.000+01:00',
      '2024-01-01 00:00:00.000Z',
      '2024-01-01T00:00:00.00AZ',
      '2024-01-01T0a:00:00.000Z',
      '+02024-01-01T00:00:00.00Z',
      '',
    ])
      expect(readUtcIsoTime(text), text).toBeUndefined();
  });

  it('never reads a 24-character string that Date.parse refuses or reads otherwise', () => {
    const shaped = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 39 }),
        fc.integer({ min: 0, max: 29 }),
        fc.integer({ min: 0, max: 69 }),
        fc.integer({ min: 0, max: 69 }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(
        ([y, mo, d, h, mi, s, ms]) =>
          `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.${pad(ms, 3)}Z`,
      );
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ minLength: 24, maxLength: 24 })), (text) => {
        const fast = readUtcIsoTime(text);
        if (fast !== undefined) expect(fast).toBe(Date.parse(text));
      }),
      { numRuns: 5_000 },
    );
  });
});
