// Number formats of the analytics pages: counts, rates, money, durations. Locale-aware, and "—"
// for a value the server could not compute (null: nothing to divide by).

const count = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const wholePercent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });

/** The shop currency; the demo store and the e-commerce spec default to USD. */
const CURRENCY = 'USD';
const money = new Intl.NumberFormat(undefined, { style: 'currency', currency: CURRENCY });
const wholeMoney = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: CURRENCY,
  maximumFractionDigits: 0,
});
const compactMoney = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: CURRENCY,
  notation: 'compact',
  maximumFractionDigits: 1,
});

export const NO_VALUE = '—';

type Maybe = number | null | undefined;

function isNumber(value: Maybe): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** "12,345". */
export function formatCount(value: Maybe): string {
  return isNumber(value) ? count.format(value) : NO_VALUE;
}

/** "12.3K" above ten thousand, the full count below. */
export function formatCompactCount(value: Maybe): string {
  if (!isNumber(value)) return NO_VALUE;
  return Math.abs(value) < 10_000 ? count.format(value) : compact.format(value);
}

/** "3.14". */
export function formatDecimal(value: Maybe): string {
  return isNumber(value) ? decimal.format(value) : NO_VALUE;
}

/** A fraction in [0, 1] as "27.3%"; `whole` drops the decimal ("27%"). */
export function formatPercent(value: Maybe, { whole = false }: { whole?: boolean } = {}): string {
  if (!isNumber(value)) return NO_VALUE;
  return (whole ? wholePercent : percent).format(value);
}

/** "$1,234.56"; `whole` rounds to the dollar, `compact` gives "$12.3K". */
export function formatMoney(value: Maybe, style: 'exact' | 'whole' | 'compact' = 'exact'): string {
  if (!isNumber(value)) return NO_VALUE;
  if (style === 'compact')
    return Math.abs(value) < 10_000 ? wholeMoney.format(value) : compactMoney.format(value);
  return (style === 'whole' ? wholeMoney : money).format(value);
}

const DURATION_UNITS: ReadonlyArray<[string, number]> = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1000],
];

/** A duration in its two largest units: "45s", "5m 30s", "2h 5m", "3d 4h"; under a second "0.4s". */
export function formatDuration(ms: Maybe): string {
  if (!isNumber(ms) || ms < 0) return NO_VALUE;
  if (ms < 1000) return `${decimal.format(Math.round(ms / 100) / 10)}s`;
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of DURATION_UNITS) {
    const amount = Math.floor(rest / size);
    if (amount > 0 || parts.length > 0) parts.push(`${amount}${unit}`);
    rest -= amount * size;
    if (parts.length === 2) break;
  }
  return parts.filter((part, index) => index === 0 || !part.startsWith('0')).join(' ');
}

/** Time since something, given in model units: "today", "3 days ago", "5 weeks ago". */
export function formatAgo(amount: number, unit: 'day' | 'week'): string {
  if (!Number.isFinite(amount) || amount < 0) return NO_VALUE;
  const days = unit === 'week' ? amount * 7 : amount;
  if (days < 1) return 'today';
  if (days < 14) return `${Math.round(days)} day${Math.round(days) === 1 ? '' : 's'} ago`;
  return `${Math.round(days / 7)} weeks ago`;
}

/** "1 answer", "1,204 answers"; `pluralNoun` for nouns that do not just add an s. */
export function formatCountOf(value: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${formatCount(value)} ${value === 1 ? noun : pluralNoun}`;
}
