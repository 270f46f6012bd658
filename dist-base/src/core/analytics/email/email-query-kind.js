// The email query as a QueryKind, for the registry of `POST /api/query/<name>`.
import { defineQueryKind } from '../query-kind.js';
import { emailCellSchema, emailProperties, emailQuerySchema } from './email-query.js';
import { emailActors, runEmailMetrics } from './run-email-metrics.js';
/** `POST /api/query/email` and its click-through. */
export const emailQueryKind = defineQueryKind({
    schema: emailQuerySchema,
    cellSchema: emailCellSchema,
    properties: emailProperties,
    run: runEmailMetrics,
    actors: emailActors,
});
//# sourceMappingURL=email-query-kind.js.map