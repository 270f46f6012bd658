// The date ranges a report can cover: presets relative to today (in the browser's time zone) and
// custom calendar days. A range runs from the start of its first day to the end of its last.
import type { DateRangeInput } from '../../api-client/analytics-queries.js';

export type RangePreset = 'last7' | 'last30' | 'last90' | 'thisMonth' | 'lastMonth' | 'last365' | 'all';

/** What the picker holds; `from` and `to` (custom only) are `YYYY-MM-DD` in local time, inclusive. */
export interface RangeChoice {
  preset: RangePreset | 'custom';
  from: string;
  to: string;
}

export const RANGE_PRESETS: ReadonlyArray<{ preset: RangePreset; label: string }> = [
  { preset: 'last7', label: 'Last 7 days' },
  { preset: 'last30', label: 'Last 30 days' },
  { preset: 'last90', label: 'Last 90 days' },
  { preset: 'thisMonth', label: 'This month' },
  { preset: 'lastMonth', label: 'Last month' },
  { preset: 'last365', label: 'Last 12 months' },
  { preset: 'all', label: 'All time' },
];

export const DEFAULT_RANGE: RangeChoice = { preset: 'last30', from: '', to: '' };

/** Where "All time" starts when the first event cannot be found. */
export const EARLIEST_HISTORY_MS = Date.UTC(2000, 0, 1);

const DAY_PRESETS: Partial<Record<RangePreset, number>> = { last7: 7, last30: 30, last90: 90, last365: 365 };

/** The instants of a choice; "All time" starts at `historyStartMs` (the first event's day). */
export function resolveRange(choice: RangeChoice, now: Date, historyStartMs: number): DateRangeInput {
  const today = startOfDay(now);
  const endOfToday = addDays(today, 1).getTime() - 1;
  if (choice.preset === 'custom') {
    const from = parseDay(choice.from) ?? today;
    const to = parseDay(choice.to) ?? today;
    return range(Math.min(from.getTime(), to.getTime()), addDays(maxDate(from, to), 1).getTime() - 1);
  }
  const days = DAY_PRESETS[choice.preset];
  if (days !== undefined) return range(addDays(today, 1 - days).getTime(), endOfToday);
  const monthStart = new Date(today.getFullYear(), today.getMonth(), 1);
  switch (choice.preset) {
    case 'thisMonth':
      return range(monthStart.getTime(), endOfToday);
    case 'lastMonth':
      return range(
        new Date(today.getFullYear(), today.getMonth() - 1, 1).getTime(),
        monthStart.getTime() - 1,
      );
    default:
      return range(Math.min(startOfDay(new Date(historyStartMs)).getTime(), today.getTime()), endOfToday);
  }
}

/** The range of the same length just before `current`, for "vs previous period". */
export function previousRange(current: DateRangeInput): DateRangeInput {
  const from = Date.parse(current.from);
  const to = Date.parse(current.to);
  return range(from - (to - from) - 1, from - 1);
}

/** The label of a preset, or "Custom". */
export function choiceLabel(choice: RangeChoice): string {
  return RANGE_PRESETS.find((option) => option.preset === choice.preset)?.label ?? 'Custom range';
}

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const dayYearFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });

/** "Oct 25 – Nov 23, 2026", or with both years when they differ. */
export function describeRange(value: DateRangeInput): string {
  const from = new Date(value.from);
  const to = new Date(value.to);
  const sameYear = from.getFullYear() === to.getFullYear();
  return `${(sameYear ? dayFormat : dayYearFormat).format(from)} – ${dayYearFormat.format(to)}`;
}

/** `YYYY-MM-DD` of an instant in local time, for `<input type="date">`. */
export function toDayInput(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function parseDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function startOfDay(at: Date): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate());
}

function addDays(day: Date, days: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + days);
}

function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

function range(fromMs: number, toMs: number): DateRangeInput {
  return { from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() };
}
