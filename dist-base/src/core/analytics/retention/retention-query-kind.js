// The retention query as a QueryKind, for the registry of `POST /api/query/<name>`.
import { defineQueryKind } from '../query-kind.js';
import { retentionCellSchema, retentionQuerySchema } from './retention-query.js';
import { retentionActors, retentionProperties, runRetention } from './run-retention.js';
/** POST /api/query/retention and its click-through. */
export const retentionQueryKind = defineQueryKind({
    schema: retentionQuerySchema,
    cellSchema: retentionCellSchema,
    properties: retentionProperties,
    run: runRetention,
    actors: retentionActors,
});
//# sourceMappingURL=retention-query-kind.js.map