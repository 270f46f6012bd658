import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPeriodBucketer, type PeriodBucketerOptions } from './period-bucketer.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

/** Start of the period containing `time` and the start of the next one, as ISO strings. */
function bounds(options: PeriodBucketerOptions, time: string): [string, string] {
  const bucketer = createPeriodBucketer(options);
  const start = bucketer.start(at(time));
  return [iso(start), iso(bucketer.next(start))];
}

describe('createPeriodBucketer: days', () => {
  it('UTC days are 24 hours from midnight', () => {
    expect(bounds({ period: 'day' }, '2024-03-31T12:00:00Z')).toEqual([
      '2024-03-31T00:00:00.000Z',
      '2024-04-01T00:00:00.000Z',
    ]);
  });

  it('Europe/Berlin spring-forward day has 23 hours', () => {
    // 2024-03-31: midnight is CET (+1) = 23:00Z the day before; the next midnight is CEST (+2) = 22:00Z.
    const [start, end] = bounds({ period: 'day', timeZone: 'Europe/Berlin' }, '2024-03-31T12:00:00Z');
    expect([start, end]).toEqual(['2024-03-30T23:00:00.000Z', '2024-03-31T22:00:00.000Z']);
    expect(at(end) - at(start)).toBe(23 * HOUR);
  });

  it('Europe/Berlin fall-back day has 25 hours', () => {
    // 2024-10-27: midnight CEST (+2) = 22:00Z the day before; the next midnight CET (+1) = 23:00Z.
    const [start, end] = bounds({ period: 'day', timeZone: 'Europe/Berlin' }, '2024-10-27T02:30:00Z');
    expect([start, end]).toEqual(['2024-10-26T22:00:00.000Z', '2024-10-27T23:00:00.000Z']);
    expect(at(end) - at(start)).toBe(25 * HOUR);
  });

  it('America/New_York DST days are 23 and 25 hours', () => {
    // 2024-03-10 starts at midnight EST (05:00Z) and ends at midnight EDT (04:00Z next day).
    expect(bounds({ period: 'day', timeZone: 'America/New_York' }, '2024-03-10T08:00:00Z')).toEqual([
      '2024-03-10T05:00:00.000Z',
      '2024-03-11T04:00:00.000Z',
    ]);
    // 2024-11-03 starts at midnight EDT (04:00Z) and ends at midnight EST (05:00Z next day).
    expect(bounds({ period: 'day', timeZone: 'America/New_York' }, '2024-11-03T06:30:00Z')).toEqual([
      '2024-11-03T04:00:00.000Z',
      '2024-11-04T05:00:00.000Z',
    ]);
  });

  it('a local evening belongs to the local date, not the UTC one', () => {
    // 2024-01-15T03:00Z is 22:00 on the 14th in New York (EST, −5).
    expect(bounds({ period: 'day', timeZone: 'America/New_York' }, '2024-01-15T03:00:00Z')[0]).toBe(
      '2024-01-14T05:00:00.000Z',
    );
  });

  it('where midnight falls in a DST gap the day starts at the jump (America/Havana)', () => {
    // 2024-03-10: clocks jump from 23:59:59 (−5) straight to 01:00 (−4) at 05:00Z.
    expect(bounds({ period: 'day', timeZone: 'America/Havana' }, '2024-03-10T12:00:00Z')).toEqual([
      '2024-03-10T05:00:00.000Z',
      '2024-03-11T04:00:00.000Z',
    ]);
    // 2024-11-03: 01:00 (−4) falls back to 00:00 (−5): midnight happens twice; the day starts at the first.
    expect(bounds({ period: 'day', timeZone: 'America/Havana' }, '2024-11-03T12:00:00Z')[0]).toBe(
      '2024-11-03T04:00:00.000Z',
    );
  });
});

describe('createPeriodBucketer: hours', () => {
  it('the repeated Berlin hour on fall-back day is two separate one-hour buckets', () => {
    // 02:00–03:00 happens twice on 2024-10-27: 00:00–01:00Z (CEST) and 01:00–02:00Z (CET).
    const bucketer = createPeriodBucketer({ period: 'hour', timeZone: 'Europe/Berlin' });
    const first = bucketer.index(at('2024-10-27T00:30:00Z'));
    const second = bucketer.index(at('2024-10-27T01:30:00Z'));
    expect(second).toBe(first + 1);
    expect(iso(bucketer.startOf(second))).toBe('2024-10-27T01:00:00.000Z');
  });

  it('half-hour zones bucket on their own wall-clock hours (Asia/Kolkata, +05:30)', () => {
    expect(bounds({ period: 'hour', timeZone: 'Asia/Kolkata' }, '2024-05-01T10:45:00Z')).toEqual([
      '2024-05-01T10:30:00.000Z',
      '2024-05-01T11:30:00.000Z',
    ]);
  });

  it('an offset change in the middle of a UTC hour is exact (Australia/Adelaide, 16:30Z)', () => {
    // 2024-04-07 03:00 ACDT (+10:30) falls back to 02:00 ACST (+09:30) at 16:30Z.
    const bucketer = createPeriodBucketer({ period: 'day', timeZone: 'Australia/Adelaide' });
    expect(iso(bucketer.start(at('2024-04-06T16:29:59Z')))).toBe('2024-04-06T13:30:00.000Z');
    expect(iso(bucketer.next(at('2024-04-06T13:30:00Z')))).toBe('2024-04-07T14:30:00.000Z');
  });
});

describe('createPeriodBucketer: weeks and months', () => {
  it('weeks start on Monday by default and on Sunday when asked', () => {
    // Wednesday 2024-01-03: its Monday week starts 2024-01-01, its Sunday week 2023-12-31.
    expect(bounds({ period: 'week' }, '2024-01-03T10:00:00Z')).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-01-08T00:00:00.000Z',
    ]);
    expect(bounds({ period: 'week', weekStart: 'sunday' }, '2024-01-03T10:00:00Z')).toEqual([
      '2023-12-31T00:00:00.000Z',
      '2024-01-07T00:00:00.000Z',
    ]);
  });

  it('a Sunday belongs to the week it ends (Monday start) or begins (Sunday start)', () => {
    expect(bounds({ period: 'week' }, '2024-01-07T10:00:00Z')[0]).toBe('2024-01-01T00:00:00.000Z');
    expect(bounds({ period: 'week', weekStart: 'sunday' }, '2024-01-07T10:00:00Z')[0]).toBe(
      '2024-01-07T00:00:00.000Z',
    );
  });

  it('week numbers match the bench definition floor((days + 3) / 7); week 2818 starts 2024-01-01', () => {
    const bucketer = createPeriodBucketer({ period: 'week' });
    expect(bucketer.index(at('2024-01-01T00:00:00Z'))).toBe(2818);
    expect(bucketer.index(at('2023-12-31T23:59:59Z'))).toBe(2817);
  });

  it('a Berlin week across the spring-forward Sunday is 167 hours', () => {
    const [start, end] = bounds({ period: 'week', timeZone: 'Europe/Berlin' }, '2024-03-28T12:00:00Z');
    expect([start, end]).toEqual(['2024-03-24T23:00:00.000Z', '2024-03-31T22:00:00.000Z']);
  });

  it('months have their calendar lengths, leap February included', () => {
    const days = (time: string) => {
      const [start, end] = bounds({ period: 'month' }, time);
      return (at(end) - at(start)) / (24 * HOUR);
    };
    expect([
      days('2024-02-10T00:00:00Z'),
      days('2023-02-10T00:00:00Z'),
      days('2024-04-30T23:59:59Z'),
    ]).toEqual([29, 28, 30]);
    expect(days('2024-12-31T23:59:59Z')).toBe(31);
    expect(bounds({ period: 'month' }, '2024-12-31T23:59:59Z')[1]).toBe('2025-01-01T00:00:00.000Z');
  });

  it('a Berlin March starts in CET and ends in CEST', () => {
    expect(bounds({ period: 'month', timeZone: 'Europe/Berlin' }, '2024-03-15T00:00:00Z')).toEqual([
      '2024-02-29T23:00:00.000Z',
      '2024-03-31T22:00:00.000Z',
    ]);
  });

  it('month numbers count from 1970-01', () => {
    const bucketer = createPeriodBucketer({ period: 'month' });
    expect(bucketer.index(at('1970-01-31T00:00:00Z'))).toBe(0);
    expect(bucketer.index(at('2024-01-01T00:00:00Z'))).toBe(54 * 12);
    expect(bucketer.index(at('1969-12-31T23:59:59Z'))).toBe(-1);
  });
});

describe('createPeriodBucketer: completeness', () => {
  it('a period is complete once its end is not after now', () => {
    const bucketer = createPeriodBucketer({ period: 'day' });
    const day = bucketer.index(at('2024-01-01T12:00:00Z'));
    expect(bucketer.isComplete(day, at('2024-01-01T23:59:59.999Z'))).toBe(false);
    expect(bucketer.isComplete(day, at('2024-01-02T00:00:00Z'))).toBe(true);
  });
});

describe('createPeriodBucketer: properties', () => {
  const zones = [
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'America/Havana',
  ];
  const periods = ['hour', 'day', 'week', 'month'] as const;
  const instant = fc.integer({ min: at('1995-01-01T00:00:00Z'), max: at('2040-01-01T00:00:00Z') });

  it('every instant lies in [start, next) and consecutive periods have consecutive numbers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...periods),
        instant,
        (timeZone, period, time) => {
          const bucketer = createPeriodBucketer({ period, timeZone });
          const start = bucketer.start(time);
          const next = bucketer.next(start);
          expect(start).toBeLessThanOrEqual(time);
          expect(next).toBeGreaterThan(time);
          expect(bucketer.index(start)).toBe(bucketer.index(time));
          expect(bucketer.index(next)).toBe(bucketer.index(time) + 1);
          expect(bucketer.index(start - 1)).toBe(bucketer.index(time) - 1);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('day buckets agree with the local date Intl reports', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (timeZone, time) => {
        const bucketer = createPeriodBucketer({ period: 'day', timeZone });
        const localDate = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(ms);
        const start = bucketer.start(time);
        expect(localDate(start)).toBe(localDate(time));
        expect(localDate(start - 1)).not.toBe(localDate(time));
      }),
      { numRuns: 300 },
    );
  });
});
