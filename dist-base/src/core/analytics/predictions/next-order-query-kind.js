import { clvProperties, clvQuerySchema } from '../clv/clv-query.js';
import { scoreCustomers } from '../clv/score-customers.js';
import { defineQueryKind } from '../query-kind.js';
import { nextOrderCellSchema, nextOrderProperties, nextOrderQuerySchema, } from './next-order-query.js';
import { nextOrderActors, predictNextOrders } from './predict-next-orders.js';
/**
 * P(alive) of every actor from the BG/NBD model fitted on the same orders, NaN where the model
 * could not be fitted (too few customers): churn risk then rests on the order intervals alone.
 */
function pAliveOf(table, query, options) {
    const clvQuery = clvQuerySchema.parse({
        orderEvent: query.orderEvent,
        timeUnit: 'day',
        ...(query.asOf === undefined ? {} : { observationEnd: new Date(query.asOf).toISOString() }),
    });
    const scores = scoreCustomers(table, clvQuery, options);
    const byActor = new Float64Array(table.actorCount).fill(Number.NaN);
    scores.summary.actors.forEach((actor, i) => (byActor[actor] = scores.probabilityAlive[i]));
    return (actor) => byActor[actor];
}
const withPAlive = (table, query, options) => ({
    ...options,
    pAlive: pAliveOf(table, query, options),
});
/** `POST /api/query/next-orders` and its click-through. */
export const nextOrderQueryKind = defineQueryKind({
    schema: nextOrderQuerySchema,
    cellSchema: nextOrderCellSchema,
    properties: (query) => [
        ...nextOrderProperties(query),
        ...clvProperties({ revenueProperty: 'revenue' }),
    ],
    run: (table, query, options) => predictNextOrders(table, query, withPAlive(table, query, options)),
    actors: (table, query, cell, options) => nextOrderActors(table, query, cell, withPAlive(table, query, options)),
});
//# sourceMappingURL=next-order-query-kind.js.map