// Calendar days and spans of days, for predictions: "Sep 5", "Sep 5, 2025", "9 days".
import { NO_VALUE } from './format-number.js';

const DAY_MS = 86_400_000;
const sameYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const otherYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "Sep 5"; the year is added when it differs from the year of `reference`. */
export function formatDay(iso: string | null | undefined, reference: string): string {
  const at = iso === null || iso === undefined ? Number.NaN : Date.parse(iso);
  if (Number.isNaN(at)) return NO_VALUE;
  const isSameYear = new Date(at).getFullYear() === new Date(Date.parse(reference)).getFullYear();
  return (isSameYear ? sameYear : otherYear).format(at);
}

/** A span in days: "0.5 days", "1 day", "9 days" (whole days from 2 on). */
export function formatDays(days: number | null | undefined): string {
  if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) return NO_VALUE;
  const shown = days < 1.95 ? oneDecimal.format(days) : String(Math.round(days));
  return `${shown} ${shown === '1' ? 'day' : 'days'}`;
}

/** Two calendar days: "Sep 11 – Sep 25", or one day when both fall on it. */
export function formatDaySpan(from: string, to: string, reference: string): string {
  const first = formatDay(from, reference);
  const last = formatDay(to, reference);
  return first === last ? first : `${first} – ${last}`;
}

/** A range of days: "6–19 days"; "—" when either end is missing. */
export function formatDayRange(low: number | null | undefined, high: number | null | undefined): string {
  const from = formatDays(low);
  const to = formatDays(high);
  if (from === NO_VALUE || to === NO_VALUE) return NO_VALUE;
  return `${from.replace(/ days?$/, '')}–${to}`;
}

/** Days from `reference` to `iso` (negative when `iso` is earlier). */
export function daysBetween(reference: string, iso: string): number {
  return (Date.parse(iso) - Date.parse(reference)) / DAY_MS;
}

/** Where a date falls from `reference`: "today", "in 4 days", "12 days ago". */
export function formatRelativeDay(iso: string | null | undefined, reference: string): string {
  if (iso === null || iso === undefined || Number.isNaN(Date.parse(iso))) return NO_VALUE;
  const days = Math.round(daysBetween(reference, iso));
  if (days === 0) return 'today';
  const span = `${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
  return days > 0 ? `in ${span}` : `${span} ago`;
}
