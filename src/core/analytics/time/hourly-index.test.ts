import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHourlyIndex } from './hourly-index.js';
import { createPeriodBucketer } from './period-bucketer.js';

const HOUR = 3_600_000;

describe('createHourlyIndex', () => {
  it('matches the numbering it wraps, changes inside an hour included', () => {
    // Periods of 23.5 hours starting 17 min 3 s past an hour: the change falls mid-hour.
    const slow = (at: number) => Math.floor((at - 1_023_000) / (23.5 * HOUR));
    const fast = createHourlyIndex(slow);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e12, max: 4e12 }), { maxLength: 50 }), (times) => {
        for (const at of times) expect(fast(at)).toBe(slow(at));
        expect(Array.from(fast.all(Float64Array.from(times), new Int32Array(times.length)))).toEqual(
          times.map(slow),
        );
      }),
    );
  });

  it('numbers instants far outside the cached span without the table', () => {
    const slow = (at: number) => Math.floor(at / (24 * HOUR));
    const fast = createHourlyIndex(slow);
    const times = [0, 8.64e15, -8.64e15, 1e12];
    expect(times.map(fast)).toEqual(times.map(slow));
    expect(Array.from(fast.all(Float64Array.from(times), new Int32Array(4)))).toEqual(times.map(slow));
  });

  it('indexAll of a bucketer agrees with index, sorted runs and random order alike', () => {
    const base = Date.parse('2024-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kolkata'),
        fc.constantFrom('hour', 'day', 'week', 'month'),
        fc.array(fc.integer({ min: 0, max: 400 * 24 * HOUR }), { maxLength: 60 }),
        fc.boolean(),
        (timeZone, period, offsets, sorted) => {
          const bucketer = createPeriodBucketer({ period, timeZone });
          const times = offsets.map((offset) => base + offset);
          if (sorted) times.sort((x, y) => x - y);
          const all = bucketer.indexAll(Float64Array.from(times), new Int32Array(times.length));
          expect(Array.from(all)).toEqual(times.map((at) => bucketer.index(at)));
        },
      ),
      { numRuns: 150 },
    );
  });
});
