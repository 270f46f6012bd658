// The CLV report (spec §3 `POST /api/query/clv`): BG/NBD + Gamma-Gamma parameters and every
// customer's frequency, recency, T, spend, P(alive), expected purchases and discounted CLV.
import { toIso, type Duration } from '../../shared/index.js';
import type { ActorEvents } from '../actor-events.js';
import type { RunOptions } from '../query-kind.js';
import type { BgNbdParams } from './bg-nbd-fit.js';
import type { ClvQuery } from './clv-query.js';
import type { GammaGammaParams } from './gamma-gamma.js';
import { scoreCustomers } from './score-customers.js';

/** One customer of the report. Model outputs are null when their model could not be fitted. */
export interface ClvCustomer {
  readonly profileId: string;
  /** x: repeat purchase days. */
  readonly frequency: number;
  /** t_x in `timeUnit`. */
  readonly recency: number;
  /** Age since the first purchase in `timeUnit`. */
  readonly T: number;
  /** Mean revenue of the repeat purchase days; 0 without repeat purchases. */
  readonly monetary: number;
  readonly pAlive: number | null;
  /** Expected repeat purchases over the next `horizonMonths` months. */
  readonly expectedPurchases: { readonly horizon: Duration; readonly value: number | null };
  /** Discounted expected revenue over the horizon. */
  readonly clv: number | null;
}

/**
 * Response of `POST /api/query/clv`. Too little data is not an error: a model that cannot be
 * fitted has null parameters and a sentence in `reasons`, and the customers are still listed
 * with their summary statistics (docs/decisions/0007-numerics-for-clv.md).
 */
export interface ClvResult {
  readonly params: { readonly bgnbd: BgNbdParams | null; readonly gammaGamma: GammaGammaParams | null };
  /** Highest CLV first, at most `limit`. */
  readonly customers: ClvCustomer[];
  readonly totalCustomers: number;
  /** Customers with x > 0: the population of the Gamma-Gamma fit. */
  readonly repeatCustomers: number;
  /**
   * Pearson correlation of frequency and monetary value over repeat customers. Gamma-Gamma
   * assumes they are independent: far from 0, treat the CLV with caution. Null when undefined.
   */
  readonly correlation: number | null;
  readonly reasons: { readonly bgnbd: string | null; readonly gammaGamma: string | null };
  readonly observationEnd: string;
  readonly timeUnit: 'day' | 'week';
}

/** Computes the CLV report for the actors of `table` allowed by `options.mask`. */
export function runClv(table: ActorEvents, query: ClvQuery, options: RunOptions): ClvResult {
  const scores = scoreCustomers(table, query, options);
  const { summary } = scores;
  const horizon: Duration = { value: query.horizonMonths, unit: 'month' };
  const orNull = (value: number) => (Number.isNaN(value) ? null : value);
  const customers = [...scores.ranking.subarray(0, query.limit)].map((i): ClvCustomer => ({
    profileId: table.actorIds[summary.actors[i]!]!,
    frequency: summary.frequency[i]!,
    recency: summary.recency[i]!,
    T: summary.age[i]!,
    monetary: summary.monetary[i]!,
    pAlive: orNull(scores.probabilityAlive[i]!),
    expectedPurchases: { horizon, value: orNull(scores.expectedPurchases[i]!) },
    clv: orNull(scores.clv[i]!),
  }));
  return {
    params: { bgnbd: scores.bgnbd, gammaGamma: scores.gammaGamma },
    customers,
    totalCustomers: summary.size,
    repeatCustomers: scores.repeatCustomers,
    correlation: scores.correlation,
    reasons: scores.reasons,
    observationEnd: toIso(scores.observationEnd),
    timeUnit: query.timeUnit,
  };
}
