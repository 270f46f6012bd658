// The actors behind one number of a funnel result, so every count can be clicked through to the
// people (and saved as a segment). Uses the same plan and folds as runFunnel, so the list always
// has exactly as many actors as the number it explains.
import { z } from 'zod';
import { BreakdownAttributor } from './funnel-breakdown.js';
import { forEachFunnelActor, planFunnel } from './funnel-plan.js';
import { forEachTrendResult, funnelTrendGrid } from './funnel-trends.js';
/**
 * A cell of a funnel result. `{ step: K }`: actors counted at step K (furthest step ≥ K).
 * `{ step: K, dropped: true }`: actors who reached step K − 1 but not K (the drop-off shown at
 * step K; empty for K = 0). `breakdown` picks the series of one value (null = no value).
 * `{ period: i }`: actors who entered in trends period i; `converted: true` keeps those who converted.
 */
export const funnelCellSchema = z.union([
    z.object({
        step: z.number().int().min(0),
        dropped: z.boolean().optional(),
        breakdown: z.string().nullable().optional(),
    }),
    z.object({ period: z.number().int().min(0), converted: z.boolean().optional() }),
]);
/** Actor indices (ascending) behind one cell of `runFunnel(table, query, options)`. */
export function funnelActors(table, query, cell, options) {
    const plan = planFunnel(table, query, options.mask);
    if ('period' in cell)
        return periodActors(plan, cell.period, cell.converted === true);
    const { step, dropped = false } = cell;
    const counted = (maxStep) => dropped ? step >= 1 && maxStep === step - 1 : maxStep >= step;
    const actors = [];
    if (cell.breakdown === undefined) {
        forEachFunnelActor(plan, (actor, maxStep) => {
            if (counted(maxStep))
                actors.push(actor);
        });
        return actors;
    }
    if (!plan.breakdown)
        return actors;
    const code = cell.breakdown === null ? -1 : plan.breakdown.column.strings.indexOf(cell.breakdown);
    if (cell.breakdown !== null && code < 0)
        return actors;
    const attributor = new BreakdownAttributor(plan);
    forEachFunnelActor(plan, (actor, maxStep) => {
        let inCell = false;
        attributor.visit(actor, maxStep, (value, reached) => {
            if (value === code && counted(reached))
                inCell = true;
        });
        if (inCell)
            actors.push(actor);
    });
    return actors;
}
function periodActors(plan, period, converted) {
    if (!plan.query.trends)
        return [];
    const last = plan.stepCount - 1;
    const actors = [];
    forEachTrendResult(plan, funnelTrendGrid(plan), (actor, position, maxStep) => {
        if (position === period && (!converted || maxStep === last))
            actors.push(actor);
    });
    return actors;
}
//# sourceMappingURL=funnel-actors.js.map