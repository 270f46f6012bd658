// The order and filter of the "Who should order next" table.
import type { ChurnRisk, PredictionConfidence } from '../../api-client/analytics-cells.js';
import type { NextOrderPrediction } from '../../api-client/analytics-insight-results.js';

export type NextOrderSortKey = 'orders' | 'last' | 'next' | 'confidence' | 'risk';
export type RiskFilter = 'all' | ChurnRisk;

export interface NextOrderView {
  sort: NextOrderSortKey;
  isDescending: boolean;
  risk: RiskFilter;
}

/** Low risk first, each risk by expected date: who is due now comes first, the long gone last. */
export const DEFAULT_VIEW: NextOrderView = { sort: 'risk', isDescending: false, risk: 'all' };

export const RISK_RANK: Record<ChurnRisk, number> = { unknown: 0, low: 1, medium: 2, high: 3 };
const CONFIDENCE_RANK: Record<PredictionConfidence, number> = { low: 1, medium: 2, high: 3 };

function timeOf(iso: string | null): number {
  return iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso);
}

const KEYS: Record<NextOrderSortKey, (p: NextOrderPrediction) => number> = {
  orders: (p) => p.orders,
  last: (p) => Date.parse(p.lastPurchaseAt),
  next: (p) => timeOf(p.expectedNextOrderAt),
  confidence: (p) => CONFIDENCE_RANK[p.confidence],
  risk: (p) => RISK_RANK[p.churnRisk],
};

/**
 * The customers of the chosen risk, sorted by the chosen column; ties by expected date, then id.
 * Customers without an expected date stay last in either direction.
 */
export function sortPredictions(
  customers: readonly NextOrderPrediction[],
  view: NextOrderView,
): NextOrderPrediction[] {
  const key = KEYS[view.sort];
  const sign = view.isDescending ? -1 : 1;
  return customers
    .filter((customer) => view.risk === 'all' || customer.churnRisk === view.risk)
    .sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x !== y) {
        if (!Number.isFinite(x)) return 1;
        if (!Number.isFinite(y)) return -1;
        return sign * (x - y);
      }
      return (
        timeOf(a.expectedNextOrderAt) - timeOf(b.expectedNextOrderAt) || compare(a.profileId, b.profileId)
      );
    });
}

/** Customers per churn risk. */
export function countByRisk(customers: readonly NextOrderPrediction[]): Record<ChurnRisk, number> {
  const counts: Record<ChurnRisk, number> = { unknown: 0, low: 0, medium: 0, high: 0 };
  for (const customer of customers) counts[customer.churnRisk] += 1;
  return counts;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
