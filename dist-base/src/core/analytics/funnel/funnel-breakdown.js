// Breakdown attribution: under which values of the breakdown property an actor is counted, and how
// far. A missing value is a value of its own (code −1, `null` on the wire), as PostHog's "None".
//
// - first_touch / last_touch: one value per actor, the first (last) non-null value on the events of
//   the winning chain, in step order; the result is the actor's overall one. (PostHog reads the
//   first value over all the actor's step events; we read the chain that produced the result, so a
//   value from an abandoned earlier attempt is never credited.)
// - all_events: for every value V seen on the actor's step events, the funnel is folded again over
//   only the events that carry V (PostHog's all_events): an actor may count under several values.
// - step:K: for every value V seen on the actor's events that satisfy step K, the funnel is folded
//   again with step K allowed only to events carrying V (unordered: the event opening the window).
//   Actors with no step-K event are in no breakdown (PostHog docs, "Specific step").
import { lowerBound } from './funnel-fold.js';
/** Attributes actors to breakdown values; reuses its scratch buffers across actors. */
export class BreakdownAttributor {
    plan;
    breakdown;
    /** Generation stamp per value code (+1), to collect distinct codes without clearing. */
    seen;
    found = [];
    generation = 0;
    constructor(plan) {
        this.plan = plan;
        if (!plan.breakdown)
            throw new Error('BreakdownAttributor needs a query with a breakdown');
        this.breakdown = plan.breakdown;
        this.seen = new Int32Array(this.breakdown.column.strings.length + 1);
    }
    /**
     * Visits the results of `actor`, whose overall fold (furthest step `maxStep`) must be the last
     * fold run: first and last touch read its chain.
     */
    visit(actor, maxStep, visit) {
        const { mode } = this.breakdown;
        if (mode === 'first_touch' || mode === 'last_touch') {
            if (maxStep >= 0)
                visit(this.touchValue(maxStep, mode === 'first_touch'), maxStep, this.plan.fold.chain);
            return;
        }
        const { table, fold, bounds } = this.plan;
        const begin = lowerBound(table.timestamps, table.actorStart[actor], table.actorStart[actor + 1], bounds.startMin);
        const end = lowerBound(table.timestamps, begin, table.actorStart[actor + 1], bounds.lastTs + 1);
        const step = mode === 'step' ? this.breakdown.step : -1;
        const codes = this.collectCodes(begin, end, step);
        if (codes.length === 0)
            return;
        if (codes.length === 1 && (step >= 0 || this.onlyValue(begin, end, codes[0]))) {
            // One value everywhere the filter would look: the filtered fold equals the overall one.
            if (maxStep >= 0)
                visit(codes[0], maxStep, fold.chain);
            return;
        }
        for (const code of codes) {
            const filter = { step, code };
            const reached = fold.fold(begin, end, bounds, filter);
            if (reached >= 0)
                visit(code, reached, fold.chain);
        }
    }
    touchValue(maxStep, first) {
        const codes = this.breakdown.column.codes;
        const chain = this.plan.fold.chain;
        for (let i = 0; i <= maxStep; i++) {
            const code = codes[chain[first ? i : maxStep - i]];
            if (code >= 0)
                return code;
        }
        return -1;
    }
    /** Distinct value codes on rows that satisfy step `step` (−1: any step; unordered: any step). */
    collectCodes(begin, end, step) {
        const { sig: sigOf, sigSteps, sigMember, stepCount } = this.plan.matcher;
        const codes = this.breakdown.column.codes;
        const anyStep = step < 0 || this.plan.query.order === 'unordered';
        this.generation++;
        this.found.length = 0;
        for (let row = begin; row < end; row++) {
            const sig = sigOf(row);
            if (sig < 0)
                continue;
            if (anyStep ? sigSteps[sig].length === 0 : sigMember[sig * stepCount + step] !== 1)
                continue;
            const code = codes[row];
            if (this.seen[code + 1] !== this.generation) {
                this.seen[code + 1] = this.generation;
                this.found.push(code);
            }
        }
        return this.found.slice();
    }
    /** True when every row the fold reads (all rows in strict funnels) carries `code`. */
    onlyValue(begin, end, code) {
        const { matcher } = this.plan;
        const codes = this.breakdown.column.codes;
        const strict = this.plan.query.order === 'strict';
        for (let row = begin; row < end; row++) {
            if ((strict || matcher.sig(row) >= 0) && codes[row] !== code)
                return false;
        }
        return true;
    }
}
//# sourceMappingURL=funnel-breakdown.js.map