import { describe, expect, it } from 'vitest';
import { localDayOf } from './local-day.js';

const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const at = (iso: string) => Date.parse(iso);

describe('localDayOf', () => {
  it('counts UTC days since 1970-01-01', () => {
    const day = localDayOf('UTC');
    expect(day(at('1970-01-01T23:59:59Z'))).toBe(0);
    expect(day(at('2026-03-01T00:00:00Z'))).toBe(utcDay('2026-03-01'));
  });

  it('follows New York across the spring-forward night', () => {
    // 2026-03-08: 02:00 EST becomes 03:00 EDT (07:00 UTC). Local midnight of Mar 9 is 04:00 UTC.
    const day = localDayOf('America/New_York');
    expect(day(at('2026-03-08T04:59:00Z'))).toBe(utcDay('2026-03-07')); // 23:59 EST, Mar 7
    expect(day(at('2026-03-08T05:00:00Z'))).toBe(utcDay('2026-03-08')); // 00:00 EST
    expect(day(at('2026-03-08T07:00:00Z'))).toBe(utcDay('2026-03-08')); // 03:00 EDT
    expect(day(at('2026-03-09T03:59:00Z'))).toBe(utcDay('2026-03-08')); // 23:59 EDT
    expect(day(at('2026-03-09T04:00:00Z'))).toBe(utcDay('2026-03-09')); // 00:00 EDT, Mar 9
  });

  it('handles offsets that are not whole hours', () => {
    // Kathmandu is UTC+05:45 all year: local midnight of Jan 2 is 18:15 UTC on Jan 1.
    const day = localDayOf('Asia/Kathmandu');
    expect(day(at('2026-01-01T18:14:00Z'))).toBe(utcDay('2026-01-01'));
    expect(day(at('2026-01-01T18:15:00Z'))).toBe(utcDay('2026-01-02'));
  });
});
