// The next-orders query as a QueryKind, for the registry of `POST /api/query/<name>`.
import { defineQueryKind } from '../query-kind.js';
import { nextOrderCellSchema, nextOrderProperties, nextOrderQuerySchema } from './next-order-query.js';
import { nextOrderActors, predictNextOrders } from './predict-next-orders.js';

/** `POST /api/query/next-orders` and its click-through. */
export const nextOrderQueryKind = defineQueryKind({
  schema: nextOrderQuerySchema,
  cellSchema: nextOrderCellSchema,
  properties: nextOrderProperties,
  run: predictNextOrders,
  actors: nextOrderActors,
});
