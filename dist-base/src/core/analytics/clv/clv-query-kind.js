// The CLV query as a QueryKind, for the registry of `POST /api/query/<name>`.
import { defineQueryKind } from '../query-kind.js';
import { clvActors } from './clv-actors.js';
import { clvCellSchema, clvProperties, clvQuerySchema } from './clv-query.js';
import { runClv } from './run-clv.js';
/** `POST /api/query/clv` and its click-through. */
export const clvQueryKind = defineQueryKind({
    schema: clvQuerySchema,
    cellSchema: clvCellSchema,
    properties: clvProperties,
    run: runClv,
    actors: clvActors,
});
//# sourceMappingURL=clv-query-kind.js.map