// The per-actor fold of ordered and strict funnels (reference A2.2, after PostHog's
// funnel-udf/src/steps.rs). One chain per step: `state k` is the newest-starting chain that has
// reached step k, keeping the timestamp of its step-0 event (the window is measured from there).
// Every step-0 event starts a chain; an event satisfying step k extends the chain at k − 1 when it
// is within the window of that chain's start. The actor's result is the first chain that reached
// the furthest step; its events give the time to convert.
//
// Rows with one timestamp are handled as in PostHog: if they all satisfy the same steps they are
// processed one by one; otherwise each (row, step) pair is processed, so same-time events may
// satisfy steps in either order, one row at most one step per chain, and exclusions and strict
// breaks among them are ignored (their true order is unknown). PostHog runs the pairs once in
// ascending step order, which lets a chain started at that instant take a row an older chain
// needed for a higher step; we run them highest step first, repeated until nothing changes.
//
// Speed: a row that satisfies one step (the usual case) is handled inline in `fold`; a state is
// alive when its stamp equals the fold's generation, so nothing is cleared between actors.
import { lowerBound, sortTiedRows, } from './funnel-fold.js';
import { DYNAMIC_SIG } from './funnel-matcher.js';
/** Fold for `ordered` (other events may come between steps) and `strict` (they may not) funnels. */
export class OrderedFunnelFold {
    setup;
    strict;
    chain;
    n;
    /** State k is alive when `alive[k] === generation`. */
    alive;
    generation = 0;
    excluded;
    start;
    /** Chain rows per state: state k owns `rows[k·n … k·n + k]`. */
    rows;
    disqualify;
    codes;
    // The table and matcher arrays the hot loop reads, held directly (one load each per actor).
    timestamps;
    events;
    codeSig;
    rowSig;
    sigSingle;
    windowMs;
    tied = new Int32Array(16);
    /** Counts state changes made by tryStep/tryStart (tied rows repeat until it stops moving). */
    writes = 0;
    maxStep = -1;
    maxExcluded = false;
    maxStart = 0;
    startMin = 0;
    startMax = 0;
    filterStep = -2;
    filterCode = 0;
    constructor(setup, strict) {
        this.setup = setup;
        this.strict = strict;
        const n = setup.matcher.stepCount;
        this.n = n;
        this.chain = new Int32Array(n);
        this.alive = new Int32Array(n);
        this.excluded = new Uint8Array(n);
        this.start = new Float64Array(n);
        this.rows = new Int32Array(n * n);
        this.disqualify = setup.exclusionMode === 'disqualify_person';
        this.codes = setup.valueCodes ?? new Int32Array(0);
        this.timestamps = setup.table.timestamps;
        this.events = setup.table.events;
        this.codeSig = setup.matcher.codeSig;
        this.rowSig = setup.matcher.rowSig;
        this.sigSingle = setup.matcher.sigSingle;
        this.windowMs = setup.windowMs;
    }
    fold(begin, end, bounds, filter) {
        const { timestamps: ts, events, codeSig, rowSig, sigSingle, alive, start, rows, codes, windowMs } = this;
        const n = this.n;
        const strict = this.strict;
        if (this.generation === 0x3fffffff) {
            this.alive.fill(0); // stamps would overflow the Int32Array: start over
            this.generation = 0;
        }
        const gen = ++this.generation;
        this.maxStep = -1;
        this.maxExcluded = false;
        this.startMin = bounds.startMin;
        this.startMax = bounds.startMax;
        this.filterStep = filter ? filter.step : -2;
        this.filterCode = filter ? filter.code : 0;
        // Value filters are rare: with one, every row goes through the general path.
        const general = filter !== undefined;
        const onlyCode = filter !== undefined && filter.step === -1;
        const lastTs = bounds.lastTs;
        let r = ts[begin] >= bounds.startMin ? begin : lowerBound(ts, begin, end, bounds.startMin);
        const goal = n - 1;
        while (r < end) {
            const t = ts[r];
            if (t > lastTs)
                break;
            if (r + 1 < end && ts[r + 1] === t) {
                r = this.visitTied(r, end, t, onlyCode);
                if (alive[goal] === gen)
                    break;
                continue;
            }
            let sig = codeSig[events[r]];
            if (sig === DYNAMIC_SIG)
                sig = rowSig[r];
            const k = sig >= 0 && !general ? sigSingle[sig] : -1;
            if (k > 0) {
                // Inline extension of the chain at k − 1 (tryStep has the general rules).
                const p = k - 1;
                if (alive[p] === gen) {
                    const s = start[p];
                    if (this.excluded[p] === 1) {
                        this.tryStep(k, r, t, false);
                    }
                    else if (t - s <= windowMs && (alive[k] !== gen || start[k] !== s)) {
                        const from = p * n;
                        const to = k * n;
                        for (let i = 0; i < k; i++)
                            rows[to + i] = rows[from + i];
                        rows[to + k] = r;
                        alive[k] = gen;
                        start[k] = s;
                        this.excluded[k] = 0;
                        if (k > this.maxStep || (k === this.maxStep && this.maxExcluded)) {
                            for (let i = 0; i <= k; i++)
                                this.chain[i] = rows[to + i];
                            this.maxStep = k;
                            this.maxExcluded = false;
                            this.maxStart = s;
                        }
                        if (k === goal)
                            break; // the goal is reached: later chains cannot do better
                    }
                }
                if (strict)
                    this.breakUnmatched(sig);
            }
            else if (k === 0) {
                this.tryStart(r, t);
                if (strict)
                    this.breakUnmatched(sig);
                if (goal === 0 && alive[0] === gen)
                    break;
            }
            else if (sig >= 0 || strict) {
                if (!onlyCode || codes[r] === this.filterCode)
                    this.visitRow(r, t, sig);
                if (alive[goal] === gen)
                    break;
            }
            r++;
        }
        return this.maxExcluded ? -1 : this.maxStep;
    }
    /** One row on its own: exclusions first, then its steps from the highest down. */
    visitRow(row, t, sig) {
        if (sig >= 0) {
            const { sigGaps, sigSteps } = this.setup.matcher;
            for (const gap of sigGaps[sig])
                this.exclude(gap, t);
            const steps = sigSteps[sig];
            // Descending, so one row cannot extend a chain it has just extended.
            for (let i = steps.length - 1; i >= 0; i--)
                this.tryStep(steps[i], row, t, false);
        }
        if (this.strict)
            this.breakUnmatched(sig);
    }
    /** Rows from `begin` sharing timestamp `t`; returns the first row after them. */
    visitTied(begin, end, t, onlyCode) {
        const ts = this.setup.table.timestamps;
        const matcher = this.setup.matcher;
        let stop = begin + 1;
        while (stop < end && ts[stop] === t)
            stop++;
        if (this.tied.length < stop - begin)
            this.tied = new Int32Array(2 * (stop - begin));
        const tied = this.tied;
        let count = 0;
        for (let row = begin; row < stop; row++) {
            if ((this.strict || matcher.sig(row) >= 0) && (!onlyCode || this.codes[row] === this.filterCode))
                tied[count++] = row;
        }
        if (count === 0)
            return stop;
        if (count > 1)
            sortTiedRows(tied, count, this.setup);
        const first = matcher.sig(tied[0]);
        let same = true;
        for (let i = 1; i < count && same; i++)
            same = matcher.sig(tied[i]) === first;
        if (same) {
            for (let i = 0; i < count; i++)
                this.visitRow(tied[i], t, first);
            return stop;
        }
        const pairs = [];
        for (let i = 0; i < count; i++) {
            const sig = matcher.sig(tied[i]);
            if (sig >= 0)
                for (const step of matcher.sigSteps[sig])
                    pairs.push([step, tied[i]]);
        }
        // Highest step first, as for a single row: a chain from before this instant gets to use a row
        // before a chain started at this instant takes it for a lower step. Then again until nothing
        // changes, so rows of this instant can also chain onto each other ("either order").
        pairs.sort((a, b) => b[0] - a[0]); // stable: canonical row order within a step
        for (let pass = 0; pass <= count; pass++) {
            const before = this.writes;
            for (const [step, row] of pairs)
                this.tryStep(step, row, t, true);
            if (this.writes === before)
                break;
        }
        return stop;
    }
    tryStep(k, row, t, tied) {
        if (k === 0) {
            this.tryStart(row, t);
            return;
        }
        const gen = this.generation;
        const n = this.n;
        const p = k - 1;
        if (this.alive[p] !== gen)
            return;
        const s = this.start[p];
        if (t - s > this.setup.windowMs)
            return;
        if (this.alive[k] === gen && this.start[k] === s)
            return; // this start already reached step k
        if (this.filterStep === k && this.codes[row] !== this.filterCode)
            return;
        if (tied && this.chainHas(p, row))
            return;
        const rows = this.rows;
        const from = p * n;
        if (this.excluded[p] === 1) {
            // PostHog: an excluded chain that advances still counts as the furthest one, which
            // disqualifies the actor unless a clean chain later reaches as far.
            if (this.disqualify && (k > this.maxStep || (k === this.maxStep && this.maxExcluded))) {
                for (let i = 0; i < k; i++)
                    this.chain[i] = rows[from + i];
                this.chain[k] = row;
                this.maxStep = k;
                this.maxExcluded = true;
                this.maxStart = s;
            }
            return;
        }
        const to = k * n;
        for (let i = 0; i < k; i++)
            rows[to + i] = rows[from + i];
        rows[to + k] = row;
        this.alive[k] = gen;
        this.start[k] = s;
        this.excluded[k] = 0;
        this.writes++;
        if (k > this.maxStep || (k === this.maxStep && this.maxExcluded))
            this.takeMax(k, s);
    }
    /** Step 0: every in-range event starts a chain; the newest start replaces the older one. */
    tryStart(row, t) {
        if (t < this.startMin || t > this.startMax)
            return;
        if (this.filterStep === 0 && this.codes[row] !== this.filterCode)
            return;
        if (this.alive[0] === this.generation && this.start[0] === t)
            return;
        this.alive[0] = this.generation;
        this.start[0] = t;
        this.excluded[0] = 0;
        this.rows[0] = row;
        this.writes++;
        if (this.maxStep < 0 || (this.maxStep === 0 && this.maxExcluded))
            this.takeMax(0, t);
    }
    /** An exclusion event for gap g: the chain at g − 1 (not yet at g) is excluded if in its window. */
    exclude(gap, t) {
        const gen = this.generation;
        const p = gap - 1;
        if (this.alive[p] !== gen || this.excluded[p] === 1)
            return;
        const s = this.start[p];
        if (t - s > this.setup.windowMs)
            return;
        if (this.alive[gap] === gen && this.start[gap] === s)
            return;
        // end_attempt: the flag ends the attempt (it can no longer advance; what it reached stays).
        this.excluded[p] = 1;
        if (this.disqualify && this.maxStep === p && t - this.maxStart <= this.setup.windowMs)
            this.maxExcluded = true;
    }
    /** Strict: an event breaks every chain whose next step it does not satisfy. */
    breakUnmatched(sig) {
        const n = this.n;
        const member = this.setup.matcher.sigMember;
        for (let k = 0; k < n; k++)
            if (sig < 0 || member[sig * n + k] !== 1)
                this.alive[k] = 0;
    }
    takeMax(k, s) {
        const from = k * this.n;
        for (let i = 0; i <= k; i++)
            this.chain[i] = this.rows[from + i];
        this.maxStep = k;
        this.maxExcluded = false;
        this.maxStart = s;
    }
    chainHas(state, row) {
        const from = state * this.n;
        for (let i = 0; i <= state; i++)
            if (this.rows[from + i] === row)
                return true;
        return false;
    }
}
//# sourceMappingURL=fold-funnel.js.map