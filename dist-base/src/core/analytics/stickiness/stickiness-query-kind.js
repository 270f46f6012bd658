// The stickiness query as a QueryKind, for the registry of `POST /api/query/<name>`.
import { defineQueryKind } from '../query-kind.js';
import { stickinessCellSchema, stickinessQuerySchema } from './stickiness-query.js';
import { stickinessActors, stickinessProperties, runStickiness } from './run-stickiness.js';
/** The stickiness query (reference A6) and its click-through. */
export const stickinessQueryKind = defineQueryKind({
    schema: stickinessQuerySchema,
    cellSchema: stickinessCellSchema,
    properties: stickinessProperties,
    run: runStickiness,
    actors: stickinessActors,
});
//# sourceMappingURL=stickiness-query-kind.js.map