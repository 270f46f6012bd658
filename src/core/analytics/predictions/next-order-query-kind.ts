// The next-orders query as a QueryKind, for the registry of `POST /api/query/<name>`.
import type { ActorEvents } from '../actor-events.js';
import { clvProperties, clvQuerySchema } from '../clv/clv-query.js';
import { scoreCustomers } from '../clv/score-customers.js';
import { defineQueryKind, type RunOptions } from '../query-kind.js';
import {
  nextOrderCellSchema,
  nextOrderProperties,
  nextOrderQuerySchema,
  type NextOrderQuery,
} from './next-order-query.js';
import { nextOrderActors, predictNextOrders } from './predict-next-orders.js';

/**
 * P(alive) of every actor from the BG/NBD model fitted on the same orders, NaN where the model
 * could not be fitted (too few customers): churn risk then rests on the order intervals alone.
 */
function pAliveOf(table: ActorEvents, query: NextOrderQuery, options: RunOptions): (actor: number) => number {
  const clvQuery = clvQuerySchema.parse({
    orderEvent: query.orderEvent,
    timeUnit: 'day',
    ...(query.asOf === undefined ? {} : { observationEnd: new Date(query.asOf).toISOString() }),
  });
  const scores = scoreCustomers(table, clvQuery, options);
  const byActor = new Float64Array(table.actorCount).fill(Number.NaN);
  scores.summary.actors.forEach((actor, i) => (byActor[actor] = scores.probabilityAlive[i]!));
  return (actor) => byActor[actor]!;
}

const withPAlive = (table: ActorEvents, query: NextOrderQuery, options: RunOptions) => ({
  ...options,
  pAlive: pAliveOf(table, query, options),
});

/** `POST /api/query/next-orders` and its click-through. */
export const nextOrderQueryKind = defineQueryKind({
  schema: nextOrderQuerySchema,
  cellSchema: nextOrderCellSchema,
  properties: (query: NextOrderQuery) => [
    ...nextOrderProperties(query),
    ...clvProperties({ revenueProperty: 'revenue' }),
  ],
  run: (table, query, options) => predictNextOrders(table, query, withPAlive(table, query, options)),
  actors: (table, query, cell, options) =>
    nextOrderActors(table, query, cell, withPAlive(table, query, options)),
});
