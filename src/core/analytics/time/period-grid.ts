// The run of consecutive periods a query reports on, with their start instants precomputed, so the
// per-row folds locate a timestamp by comparing it with the next boundary instead of calling the
// bucketer for every row (rows of one actor are sorted by time).
import type { Instant } from '../../shared/index.js';
import type { DateRange } from '../date-range.js';
import type { PeriodBucketer } from './period-bucketer.js';

/** Periods `first … first + count − 1` of a bucketer; position i is period `first + i`. */
export interface PeriodGrid {
  /** Period number (bucketer index) of position 0. */
  readonly first: number;
  readonly count: number;
  /** `starts[i]` = first instant of position i; `starts[count]` = end of the last period. */
  readonly starts: Float64Array;
}

/** The grid of `count` periods from period number `first`. */
export function createPeriodGrid(bucketer: PeriodBucketer, first: number, count: number): PeriodGrid {
  const starts = new Float64Array(count + 1);
  for (let i = 0; i <= count; i++) starts[i] = bucketer.startOf(first + i);
  return { first, count, starts };
}

/**
 * The grid of every period that overlaps `range`, widened by `before` periods at the start and
 * `after` at the end (lifecycle needs the period before the range, retention N periods after).
 */
export function gridOfRange(bucketer: PeriodBucketer, range: DateRange, before = 0, after = 0): PeriodGrid {
  const first = bucketer.index(range.from);
  const last = bucketer.index(range.to);
  return createPeriodGrid(bucketer, first - before, last - first + 1 + before + after);
}

/** Position of `at` in the grid: −1 before the first period, `count` at or after the end. */
export function gridPosition(grid: PeriodGrid, at: Instant): number {
  const { starts, count } = grid;
  if (at < starts[0]!) return -1;
  if (at >= starts[count]!) return count;
  let low = 0;
  let high = count; // invariant: starts[low] <= at < starts[high]
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid;
  }
  return low;
}

/** Start instant of every position (without the closing end), for responses. */
export function gridStarts(grid: PeriodGrid): Instant[] {
  return Array.from(grid.starts.subarray(0, grid.count));
}
