// The lifecycle query as a QueryKind, for the registry of `POST /api/query/<name>`.
import { defineQueryKind } from '../query-kind.js';
import { lifecycleCellSchema, lifecycleQuerySchema } from './lifecycle-query.js';
import { lifecycleActors, lifecycleProperties, runLifecycle } from './run-lifecycle.js';
/** POST /api/query/lifecycle and its click-through. */
export const lifecycleQueryKind = defineQueryKind({
    schema: lifecycleQuerySchema,
    cellSchema: lifecycleCellSchema,
    properties: lifecycleProperties,
    run: runLifecycle,
    actors: lifecycleActors,
});
//# sourceMappingURL=lifecycle-query-kind.js.map