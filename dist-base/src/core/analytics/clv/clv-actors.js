import { scoreCustomers } from './score-customers.js';
/**
 * Actor indices of the customers in `cell`, highest CLV first (the report's order): those with
 * P(alive) < `pAliveBelow` when given (none when BG/NBD could not be fitted), then the first
 * `top`. Not capped by the query's `limit`: the caller pages through them.
 */
export function clvActors(table, query, cell, options) {
    const scores = scoreCustomers(table, query, options);
    const threshold = cell.pAliveBelow;
    const actors = [];
    for (const i of scores.ranking) {
        if (cell.top !== undefined && actors.length >= cell.top)
            break;
        // NaN (no model) fails the comparison, so such customers are never "below".
        if (threshold !== undefined && !(scores.probabilityAlive[i] < threshold))
            continue;
        actors.push(scores.summary.actors[i]);
    }
    return actors;
}
//# sourceMappingURL=clv-actors.js.map