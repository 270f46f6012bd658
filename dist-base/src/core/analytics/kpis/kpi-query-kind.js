// The kpis query as a QueryKind, for the registry of `POST /api/query/<name>`.
import { defineQueryKind } from '../query-kind.js';
import { kpiCellSchema, kpiProperties, kpiQuerySchema } from './kpi-query.js';
import { kpiActors, runKpis } from './run-kpis.js';
/** `POST /api/query/kpis` and its click-through. */
export const kpiQueryKind = defineQueryKind({
    schema: kpiQuerySchema,
    cellSchema: kpiCellSchema,
    properties: kpiProperties,
    run: runKpis,
    actors: kpiActors,
});
//# sourceMappingURL=kpi-query-kind.js.map