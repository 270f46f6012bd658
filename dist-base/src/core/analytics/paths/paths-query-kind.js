// The paths query as a QueryKind, for the registry of `POST /api/query/<name>`.
import { defineQueryKind } from '../query-kind.js';
import { pathsCellSchema, pathsQuerySchema } from './paths-query.js';
import { pathsActors, pathsProperties, runPaths } from './run-paths.js';
/** POST /api/query/paths and its click-through. */
export const pathsQueryKind = defineQueryKind({
    schema: pathsQuerySchema,
    cellSchema: pathsCellSchema,
    properties: pathsProperties,
    run: runPaths,
    actors: pathsActors,
});
//# sourceMappingURL=paths-query-kind.js.map