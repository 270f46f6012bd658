// Calendar periods (hour, day, week, month) of an IANA time zone, numbered so that consecutive
// periods have consecutive numbers. DST-correct: a Europe/Berlin day is 23 or 25 hours long on
// transition days, and an hour bucket is always one real hour aligned to the zone's wall clock.
import type { Instant } from '../../shared/index.js';
import { DAY_MS, HOUR_MS, type CalendarPeriod, type WeekStart } from './calendar-period.js';
import { firstDayOfMonth, monthOfDay } from './civil-days.js';
import { createHourlyIndex } from './hourly-index.js';
import { createZoneOffsets, type ZoneOffsets } from './zone-offsets.js';

export interface PeriodBucketerOptions {
  readonly period: CalendarPeriod;
  /** IANA zone. @default 'UTC' */
  readonly timeZone?: string;
  /** @default 'monday' */
  readonly weekStart?: WeekStart;
}

/** Maps instants to calendar periods and back. */
export interface PeriodBucketer {
  readonly period: CalendarPeriod;
  readonly timeZone: string;
  readonly weekStart: WeekStart;
  /**
   * Number of the period containing `at`: local days since 1970-01-01, weeks since the week of
   * 1970-01-01, months since 1970-01, or hours since the epoch (aligned to the zone's wall clock).
   */
  index(at: Instant): number;
  /** Period numbers of a whole column of instants: `out[i] = index(timestamps[i])`, returns `out`. */
  indexAll(timestamps: Float64Array, out: Int32Array): Int32Array;
  /** First instant of period number `index`. */
  startOf(index: number): Instant;
  /** First instant of the period containing `at`. */
  start(at: Instant): Instant;
  /** First instant of the period after the one containing `start`. */
  next(start: Instant): Instant;
  /** True when period `index` has ended as of `now` (its last instant is before `now`). */
  isComplete(index: number, now: Instant): boolean;
}

// 1970-01-01 was a Thursday: shifting day numbers by 3 (4) puts Mondays (Sundays) on multiples of 7.
const WEEK_SHIFT: Record<WeekStart, number> = { monday: 3, sunday: 4 };

/**
 * Creates a bucketer for one period kind in one zone.
 * @example createPeriodBucketer({ period: 'week', timeZone: 'Europe/Berlin' }).start(Date.parse('2024-03-31T12:00:00Z'))
 */
export function createPeriodBucketer(options: PeriodBucketerOptions): PeriodBucketer {
  const { period } = options;
  const weekStart = options.weekStart ?? 'monday';
  const offsets = createZoneOffsets(options.timeZone ?? 'UTC');
  const dayOf = offsets.isUtc
    ? (at: Instant) => Math.floor(at / DAY_MS)
    : (at: Instant) => Math.floor((at + offsets.offsetAt(at)) / DAY_MS);
  const dayStart = (day: number): Instant => firstInstantOfDay(offsets, dayOf, day);
  const exact = numbering(period, WEEK_SHIFT[weekStart], offsets, dayOf, dayStart);
  const index = createHourlyIndex(exact.index);
  const { startOf } = exact;
  return {
    period,
    timeZone: offsets.timeZone,
    weekStart,
    index,
    indexAll: index.all,
    startOf,
    start: (at) => startOf(index(at)),
    next: (start) => startOf(index(start) + 1),
    isComplete: (n, now) => startOf(n + 1) <= now,
  };
}

type Numbering = Pick<PeriodBucketer, 'index' | 'startOf'>;

/** The exact numbering of each period kind (the hour table in front of it makes it fast). */
function numbering(
  period: CalendarPeriod,
  shift: number,
  offsets: ZoneOffsets,
  dayOf: (at: Instant) => number,
  dayStart: (day: number) => Instant,
): Numbering {
  switch (period) {
    case 'hour':
      return {
        index: (at) => Math.floor((at + hourPhase(offsets, at)) / HOUR_MS),
        startOf: (n) => n * HOUR_MS - hourPhase(offsets, n * HOUR_MS),
      };
    case 'day':
      return { index: dayOf, startOf: dayStart };
    case 'week':
      return { index: (at) => Math.floor((dayOf(at) + shift) / 7), startOf: (n) => dayStart(n * 7 - shift) };
    case 'month':
      return { index: (at) => monthOfDay(dayOf(at)), startOf: (n) => dayStart(firstDayOfMonth(n)) };
  }
}

/** How far the zone's hours are shifted from UTC hours (0 except in zones like Asia/Kolkata). */
function hourPhase(offsets: ZoneOffsets, at: Instant): number {
  const offset = offsets.offsetAt(at);
  return ((offset % HOUR_MS) + HOUR_MS) % HOUR_MS;
}

/**
 * First instant whose local date is `day`: local midnight, or — where midnight falls in a DST gap
 * (e.g. America/Havana, Asia/Beirut) — the moment the clock jumps past it.
 */
function firstInstantOfDay(offsets: ZoneOffsets, dayOf: (at: Instant) => number, day: number): Instant {
  const wall = day * DAY_MS;
  // The offsets a day either side bracket the one in force at local midnight.
  const early = wall - offsets.offsetAt(wall - DAY_MS);
  const late = wall - offsets.offsetAt(wall + DAY_MS);
  const earlyFits = early + offsets.offsetAt(early) === wall;
  const lateFits = late + offsets.offsetAt(late) === wall;
  if (earlyFits && lateFits) return Math.min(early, late); // midnight happens twice: the first one
  if (earlyFits) return early;
  if (lateFits) return late;
  let low = Math.min(early, late); // before the jump: still the previous day
  let high = Math.max(early, late); // after it
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (dayOf(mid) >= day) high = mid;
    else low = mid;
  }
  return high;
}
