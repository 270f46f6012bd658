import { defineQueryKind } from '../query-kind.js';
import { funnelActors, funnelCellSchema } from './funnel-actors.js';
import { funnelProperties, funnelQuerySchema } from './funnel-query.js';
import { runFunnel } from './run-funnel.js';
/** `POST /api/query/funnel` (spec §3, reference A2.2). */
export const funnelQueryKind = defineQueryKind({
    schema: funnelQuerySchema,
    cellSchema: funnelCellSchema,
    properties: funnelProperties,
    run: runFunnel,
    actors: funnelActors,
});
//# sourceMappingURL=funnel-query-kind.js.map