// The CLV report (spec §3 `POST /api/query/clv`): BG/NBD + Gamma-Gamma parameters and every
// customer's frequency, recency, T, spend, P(alive), expected purchases and discounted CLV.
import { toIso } from '../../shared/index.js';
import { scoreCustomers } from './score-customers.js';
/** Computes the CLV report for the actors of `table` allowed by `options.mask`. */
export function runClv(table, query, options) {
    const scores = scoreCustomers(table, query, options);
    const { summary } = scores;
    const horizon = { value: query.horizonMonths, unit: 'month' };
    const orNull = (value) => (Number.isNaN(value) ? null : value);
    const customers = [...scores.ranking.subarray(0, query.limit)].map((i) => ({
        profileId: table.actorIds[summary.actors[i]],
        frequency: summary.frequency[i],
        recency: summary.recency[i],
        T: summary.age[i],
        monetary: summary.monetary[i],
        pAlive: orNull(scores.probabilityAlive[i]),
        expectedPurchases: { horizon, value: orNull(scores.expectedPurchases[i]) },
        clv: orNull(scores.clv[i]),
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
//# sourceMappingURL=run-clv.js.map