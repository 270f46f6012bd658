// The rfm query as a QueryKind, for the registry of `POST /api/query/<name>`.
import { defineQueryKind } from '../query-kind.js';
import { rfmCellSchema, rfmProperties, rfmQuerySchema } from './rfm-query.js';
import { rfmActors, runRfm } from './run-rfm.js';
/** `POST /api/query/rfm` and its click-through. */
export const rfmQueryKind = defineQueryKind({
    schema: rfmQuerySchema,
    cellSchema: rfmCellSchema,
    properties: rfmProperties,
    run: runRfm,
    actors: rfmActors,
});
//# sourceMappingURL=rfm-query-kind.js.map