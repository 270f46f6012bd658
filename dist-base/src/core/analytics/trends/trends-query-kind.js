// The trends query as a QueryKind, for the registry of `POST /api/query/<name>`.
import { defineQueryKind } from '../query-kind.js';
import { trendsCellSchema, trendsQuerySchema } from './trends-query.js';
import { trendsActors, trendsProperties, runTrends } from './run-trends.js';
/** POST /api/query/trends and its click-through. */
export const trendsQueryKind = defineQueryKind({
    schema: trendsQuerySchema,
    cellSchema: trendsCellSchema,
    properties: trendsProperties,
    run: runTrends,
    actors: trendsActors,
});
//# sourceMappingURL=trends-query-kind.js.map