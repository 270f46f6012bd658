// Calendar days in a time zone, as integers, for "distinct days with a purchase".

const DAY_MS = 86_400_000;
// Zone offsets change only at transitions, and every transition of the modern tz database falls
// on a quarter hour of UTC, so the offset is looked up once per quarter hour and cached.
const BUCKET_MS = 900_000;

/**
 * Returns a function mapping an instant to its calendar day in `timeZone`, as days since
 * 1970-01-01 local time. Consecutive calls are cheap: UTC needs no lookup, other zones cache
 * their offset per quarter hour.
 */
export function localDayOf(timeZone: string): (at: number) => number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return (at) => Math.floor(at / DAY_MS);
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const offsets = new Map<number, number>();
  const offsetAt = (at: number): number => {
    const bucket = Math.floor(at / BUCKET_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = bucket * BUCKET_MS;
      offset = wallClockMs(format, start) - start;
      offsets.set(bucket, offset);
    }
    return offset;
  };
  return (at) => Math.floor((at + offsetAt(at)) / DAY_MS);
}

/** The wall-clock reading of `at` in the formatter's zone, as if it were UTC (ms). */
function wallClockMs(format: Intl.DateTimeFormat, at: number): number {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
}
