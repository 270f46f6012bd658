// POST /api/query/retention: the cohort table with completeness flags and the weighted average
// row (reference A3), and the click-through from one cell to the actors behind it.
import { toIso } from '../../shared/index.js';
import { filterProperties } from '../event-filter.js';
import { foldRetention, planRetention } from './retention-fold.js';
/** Property paths the query's filters read (load them before building the table). */
export function retentionProperties(query) {
    return filterProperties([query.startEvent, query.returnEvent]);
}
/**
 * Computes the retention table: one cohort per period of the date range (empty ones included),
 * `values[n]` = distinct actors of the cohort retained in period n.
 */
export function runRetention(table, query, options) {
    const plan = planRetention(table, query);
    const cells = foldRetention(table, plan, options.mask);
    const cohorts = cohortRows(plan, cells, options.now);
    return { cohorts, average: weightedAverage(cohorts, plan.periods) };
}
/** The actors counted in one cell (ascending actor indices); an out-of-range cell has none. */
export function retentionActors(table, query, cell, options = {}) {
    const plan = planRetention(table, query);
    if (cell.cohort >= plan.cohortCount || cell.period >= plan.periods)
        return [];
    const target = { cohort: cell.cohort, period: cell.period, actors: [] };
    foldRetention(table, plan, options.mask, target);
    return target.actors;
}
function cohortRows(plan, cells, now) {
    const { grid, periods, periodMs } = plan;
    const rolling = plan.query.timeBasis === 'rolling';
    const rows = [];
    for (let k = 0; k < plan.cohortCount; k++) {
        const values = Array.from(cells.values.subarray(k * periods, (k + 1) * periods));
        // Rolling: every member has had period n in full. An empty cohort is judged by its period's end.
        const lastStart = cells.sizes[k] > 0 ? cells.lastStart[k] : grid.starts[k + 1];
        const complete = values.map((_, n) => rolling ? lastStart + (n + 1) * periodMs <= now : grid.starts[k + n + 1] <= now);
        rows.push({ start: toIso(grid.starts[k]), size: cells.sizes[k], values, complete });
    }
    return rows;
}
/**
 * Mixpanel's weighted average: cohorts weighted by size, complete cells only — retained
 * Σ(value·size)/Σsize over total Σ(size·size)/Σsize, i.e. Σ(value·size) / Σ(size²). Their worked
 * example (1000 → 500, 500 → 400, an incomplete 700) gives 466.7 / 833.3 ≈ 0.56.
 */
export function weightedAverage(cohorts, periods) {
    const average = [];
    for (let n = 0; n < periods; n++) {
        let retained = 0;
        let total = 0;
        for (const cohort of cohorts) {
            if (!cohort.complete[n] || cohort.size === 0)
                continue;
            retained += cohort.values[n] * cohort.size;
            total += cohort.size * cohort.size;
        }
        average.push(total === 0 ? null : retained / total);
    }
    return average;
}
//# sourceMappingURL=run-retention.js.map