// Why a prediction is as sure as it is, and why a customer is at risk, in words for the tooltips
// of the confidence and risk badges (rules: src/core/analytics/predictions/next-order-rules.ts).
import type { NextOrderPrediction, NextOrderResult } from '../../api-client/analytics-insight-results.js';
import { formatDay, formatDayRange, formatDays } from '../format/format-day.js';
import { formatCountOf, formatPercent } from '../format/format-number.js';

const DAY_MS = 86_400_000;

export interface Explanation {
  title: string;
  /** The first line says why; the others add the rule. */
  lines: string[];
}

export const CONFIDENCE_RULE =
  'High: 4+ intervals whose middle half varies by at most half the median. Medium: 2+ that steady, or 4+ varying by at most the median. Otherwise low.';

/** The customer's usual gap range [p25, p75] in days, read back from the window. */
function windowDays(prediction: NextOrderPrediction): [number, number] | null {
  if (prediction.window === null) return null;
  const last = Date.parse(prediction.lastPurchaseAt);
  return [
    (Date.parse(prediction.window.from) - last) / DAY_MS,
    (Date.parse(prediction.window.to) - last) / DAY_MS,
  ];
}

/** Why the prediction has its confidence: how many intervals, and how far apart they are. */
export function explainConfidence(
  prediction: NextOrderPrediction,
  shop: NextOrderResult['shop'],
): Explanation {
  const title = `${capitalize(prediction.confidence)} confidence`;
  const k = prediction.intervals;
  const median = formatDays(prediction.expectedIntervalDays);
  if (prediction.expectedIntervalDays === null) {
    return { title, lines: ['No customer has ordered twice yet, so there is no interval to go by.'] };
  }
  if (k === 0) {
    return {
      title,
      lines: [
        `One order so far: the date uses the shop's typical interval of ${median} (over ${formatCountOf(shop.repeatCustomers, 'repeat customer')}).`,
        'It firms up with every repeat order.',
      ],
    };
  }
  if (k <= 2) {
    const spread =
      k === 1
        ? 'One interval says nothing about the spread, so the window borrows the shop’s.'
        : prediction.confidence === 'medium'
          ? 'The two are within a factor of 3 of each other; the window borrows the shop’s spread.'
          : 'The two differ by more than a factor of 3; the window borrows the shop’s spread.';
    const what =
      k === 1 ? `1 interval between orders (${median})` : `2 intervals between orders, median ${median}`;
    return { title, lines: [`${what}.`, spread, CONFIDENCE_RULE] };
  }
  const range = windowDays(prediction);
  if (range !== null && range[1] - range[0] < 0.5) {
    return { title, lines: [`${k} intervals between orders, all about ${median} apart.`, CONFIDENCE_RULE] };
  }
  const spread =
    range === null || prediction.expectedIntervalDays <= 0
      ? ''
      : `: the middle half ${formatDayRange(range[0], range[1])}, a spread of ${formatPercent((range[1] - range[0]) / prediction.expectedIntervalDays, { whole: true })} of the median`;
  return { title, lines: [`${k} intervals between orders, median ${median}${spread}.`, CONFIDENCE_RULE] };
}

/** Why the customer has their churn risk: where the time since the last order falls. */
export function explainRisk(prediction: NextOrderPrediction, asOf: string): Explanation {
  const title =
    prediction.churnRisk === 'unknown' ? 'Risk unknown' : `${capitalize(prediction.churnRisk)} churn risk`;
  const since = formatDays(prediction.daysSinceLastPurchase);
  const until = formatDay(prediction.window?.to, asOf);
  const byGaps: Record<NextOrderPrediction['intervalChurnRisk'], string> = {
    unknown: 'No repeat customers in the shop yet: there is no usual interval to compare with.',
    low: `${since} since the last order: still inside the usual window (until ${until}).`,
    medium: `${since} since the last order: past the usual window (${until}), within the normal spread.`,
    high: `${since} since the last order: an interval this long would be unusual for this customer.`,
  };
  const lines = [byGaps[prediction.intervalChurnRisk]];
  if (prediction.pAlive !== null) {
    lines.push(`P(alive) from the CLV model: ${formatPercent(prediction.pAlive, { whole: true })}.`);
  }
  return { title, lines };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
