import type { CalendarPeriod, DateRangeInput } from '../../api-client/analytics-queries.js';

const hourFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const longDayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
});
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

/** Short label of a period starting at `start`: "14:00", "Nov 3", "Nov 2026". */
export function formatPeriod(start: string, period: CalendarPeriod): string {
  const at = Date.parse(start);
  if (Number.isNaN(at)) return start;
  if (period === 'hour') return hourFormat.format(at);
  if (period === 'month') return monthFormat.format(at);
  return dayFormat.format(at);
}

/** Full label for tooltips and drawer titles: "Week of Mon, Nov 3, 2026". */
export function formatPeriodLong(start: string, period: CalendarPeriod): string {
  const at = Date.parse(start);
  if (Number.isNaN(at)) return start;
  if (period === 'hour') return hourFormat.format(at);
  if (period === 'month') return monthFormat.format(at);
  return period === 'week' ? `Week of ${longDayFormat.format(at)}` : longDayFormat.format(at);
}

const DAY_MS = 86_400_000;

/** A sensible bucket for a range: hours up to 2 days, days up to ~3 months, then weeks, then months. */
export function autoInterval(range: DateRangeInput): CalendarPeriod {
  const days = (Date.parse(range.to) - Date.parse(range.from)) / DAY_MS;
  if (days <= 2) return 'hour';
  if (days <= 93) return 'day';
  if (days <= 731) return 'week';
  return 'month';
}
