// The whole CLV computation behind both the report and its click-through: summary, both fits,
// and every customer's P(alive), expected purchases and CLV, ranked.
import { pearsonCorrelation } from '../../numeric/index.js';
import { bgNbdProbabilityAlive } from './bg-nbd.js';
import { fitBgNbd } from './bg-nbd-fit.js';
import { groupPatterns } from './customer-patterns.js';
import { purchaseOutlook, UNITS_PER_MONTH } from './customer-value.js';
import { fitGammaGamma, gammaGammaExpectedSpend } from './gamma-gamma.js';
import { summarizePurchases } from './purchase-summary.js';
/** Runs the CLV models for a query; deterministic, so the report and its click-through agree. */
export function scoreCustomers(table, query, options) {
    const observationEnd = query.observationEnd ?? options.now;
    const summary = summarizePurchases(table, { ...query, observationEnd, mask: options.mask });
    const { frequency, recency, age, monetary } = summary;
    const patterns = groupPatterns(frequency, recency, age);
    const bgFit = fitBgNbd(patterns, query.penalizer);
    const ggFit = fitGammaGamma(frequency, monetary, query.penalizer);
    const gammaGamma = ggFit.ok ? ggFit.params : null;
    const spendReason = !ggFit.ok
        ? ggFit.reason
        : ggFit.params.q > 1
            ? null
            : 'Gamma-Gamma fitted q ≤ 1: the population mean spend is infinite, so no CLV is given';
    const bgnbd = bgFit.ok ? bgFit.params : null;
    const n = summary.size;
    const probabilityAlive = new Float64Array(n).fill(Number.NaN);
    const expectedPurchases = new Float64Array(n).fill(Number.NaN);
    const clv = new Float64Array(n).fill(Number.NaN);
    if (bgnbd) {
        const byPattern = predictPatterns(bgnbd, patterns, query);
        for (let i = 0; i < n; i++) {
            const p = patterns.patternOf[i];
            probabilityAlive[i] = byPattern.alive[p];
            expectedPurchases[i] = byPattern.expected[p];
            if (gammaGamma && spendReason === null) {
                clv[i] = gammaGammaExpectedSpend(gammaGamma, frequency[i], monetary[i]) * byPattern.discounted[p];
            }
        }
    }
    const repeat = [...frequency.keys()].filter((i) => frequency[i] > 0);
    return {
        observationEnd,
        summary,
        bgnbd,
        gammaGamma,
        reasons: { bgnbd: bgFit.ok ? null : bgFit.reason, gammaGamma: spendReason },
        correlation: pearsonCorrelation(repeat.map((i) => frequency[i]), repeat.map((i) => monetary[i])),
        repeatCustomers: repeat.length,
        probabilityAlive,
        expectedPurchases,
        clv,
        ranking: rankCustomers(table, summary, clv),
    };
}
/** P(alive) and the purchase outlook once per distinct (x, t_x, T): nothing else enters them. */
function predictPatterns(bgnbd, patterns, query) {
    const alive = new Float64Array(patterns.size);
    const expected = new Float64Array(patterns.size);
    const discounted = new Float64Array(patterns.size);
    const unitsPerMonth = UNITS_PER_MONTH[query.timeUnit];
    for (let p = 0; p < patterns.size; p++) {
        const history = { x: patterns.frequency[p], recency: patterns.recency[p], age: patterns.age[p] };
        alive[p] = bgNbdProbabilityAlive(bgnbd, history.x, history.recency, history.age);
        const outlook = purchaseOutlook(bgnbd, history, query.horizonMonths, unitsPerMonth, query.discountRateMonthly);
        expected[p] = outlook.expected;
        discounted[p] = outlook.discounted;
    }
    return { alive, expected, discounted };
}
function rankCustomers(table, summary, clv) {
    const orDown = (value) => (Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value);
    const order = Int32Array.from({ length: summary.size }, (_, i) => i);
    return order.sort((i, j) => orDown(clv[j]) - orDown(clv[i]) ||
        summary.frequency[j] - summary.frequency[i] ||
        summary.monetary[j] - summary.monetary[i] ||
        compareIds(table.actorIds[summary.actors[i]], table.actorIds[summary.actors[j]]));
}
function compareIds(x, y) {
    return x < y ? -1 : x > y ? 1 : 0;
}
//# sourceMappingURL=score-customers.js.map