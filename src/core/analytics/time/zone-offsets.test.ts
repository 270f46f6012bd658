import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createZoneOffsets } from './zone-offsets.js';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

/** The offset Intl reports directly (reference for the cache). */
function intlOffset(timeZone: string, time: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(time);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const second = Math.floor(time / 1000) * 1000;
  return (
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - second
  );
}

describe('createZoneOffsets', () => {
  it('UTC is always 0 and flagged', () => {
    const utc = createZoneOffsets('UTC');
    expect(utc.isUtc).toBe(true);
    expect(utc.offsetAt(at('2024-07-01T00:00:00Z'))).toBe(0);
  });

  it('Berlin switches from +1 h to +2 h exactly at 01:00Z on 2024-03-31', () => {
    const berlin = createZoneOffsets('Europe/Berlin');
    expect(berlin.offsetAt(at('2024-03-31T00:59:59.999Z'))).toBe(HOUR);
    expect(berlin.offsetAt(at('2024-03-31T01:00:00Z'))).toBe(2 * HOUR);
  });

  it('a change at half past a UTC hour is found to the second (Australia/Adelaide)', () => {
    const adelaide = createZoneOffsets('Australia/Adelaide');
    expect(adelaide.offsetAt(at('2024-04-06T16:29:59Z'))).toBe(10.5 * HOUR);
    expect(adelaide.offsetAt(at('2024-04-06T16:30:00Z'))).toBe(9.5 * HOUR);
  });

  it('agrees with Intl at random instants, far apart ones included', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/Sao_Paulo',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: at('1980-01-01T00:00:00Z'), max: at('2060-01-01T00:00:00Z') }), {
          minLength: 1,
          maxLength: 20,
        }),
        (zone, times) => {
          const offsets = createZoneOffsets(zone);
          for (const time of times) expect(offsets.offsetAt(time)).toBe(intlOffset(zone, time));
        },
      ),
      { numRuns: 60 },
    );
  });
});
