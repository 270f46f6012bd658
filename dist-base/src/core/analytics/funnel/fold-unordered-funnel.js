// The per-actor fold of unordered funnels (after PostHog's funnel-udf/src/unordered_steps.rs).
// A sliding window of length W ends at each event in turn; the result is the largest number of
// distinct steps that events inside one window can satisfy, each event counting for one step.
// "Step k" of the result therefore means "any k + 1 of the N steps".
//
// PostHog assigns an event that satisfies several steps greedily when it arrives and never
// revisits the choice, which can miss a window that an ordered funnel finds (event A satisfies
// steps 0 and 1, lands on 1, and a later window needs it on 0). We count exactly: events that
// satisfy one step cover it (always optimal), and events satisfying several steps are matched to
// the uncovered steps by augmenting paths (Kuhn). With one step per event — the usual funnel —
// this is PostHog's count and costs nothing extra.
//
// The window must start (its oldest event) inside the date range. An exclusion event ends the
// open window: with `end_attempt` what it reached still counts; with `disqualify_person` the best
// window is marked excluded if the exclusion falls within W of its oldest event, and the actor is
// dropped unless a later clean window reaches as many steps (the rule of steps.rs).
import { lowerBound, sortTiedRows, } from './funnel-fold.js';
import { RowQueue } from './row-queue.js';
/** Fold for `unordered` funnels. */
export class UnorderedFunnelFold {
    setup;
    chain;
    n;
    /** In-window events that satisfy exactly one step, per step, oldest first. */
    single;
    /** In-window events that satisfy several steps, oldest first. */
    multi = new RowQueue();
    /** Steps with at least one single-step event in the window. */
    covered = 0;
    /** Timestamp of the oldest event in the window (Infinity when empty): evict only when needed. */
    oldest = Infinity;
    /** Multi-step event matched to each uncovered step (−1: none), valid after `matchMulti`. */
    matchOf;
    visited;
    stamp = 0;
    codes;
    tied = new Int32Array(16);
    best = 0;
    bestExcluded = false;
    bestOldest = 0;
    bestWindow = -1;
    windowId = 0;
    constructor(setup) {
        this.setup = setup;
        const n = setup.matcher.stepCount;
        this.n = n;
        this.chain = new Int32Array(n);
        this.single = Array.from({ length: n }, () => new RowQueue());
        this.matchOf = new Int32Array(n);
        this.visited = new Int32Array(n);
        this.codes = setup.valueCodes ?? new Int32Array(0);
    }
    fold(begin, end, bounds, filter) {
        const ts = this.setup.table.timestamps;
        const matcher = this.setup.matcher;
        this.clearWindow();
        this.best = 0;
        this.bestExcluded = false;
        this.windowId = 0;
        this.bestWindow = -1;
        const onlyCode = filter !== undefined && filter.step === -1 ? filter.code : undefined;
        const firstCode = filter !== undefined && filter.step === 0 ? filter.code : undefined;
        let r = lowerBound(ts, begin, end, bounds.startMin);
        while (r < end && this.best < this.n) {
            const t = ts[r];
            if (t > bounds.lastTs)
                break;
            let g = r + 1;
            while (g < end && ts[g] === t)
                g++;
            if (this.tied.length < g - r)
                this.tied = new Int32Array(2 * (g - r));
            let count = 0;
            for (let row = r; row < g; row++) {
                if (matcher.sig(row) >= 0 && (onlyCode === undefined || this.codes[row] === onlyCode))
                    this.tied[count++] = row;
            }
            if (count > 1)
                sortTiedRows(this.tied, count, this.setup);
            for (let i = 0; i < count && this.best < this.n; i++)
                this.visit(this.tied[i], t, bounds, firstCode);
            r = g;
        }
        return this.bestExcluded ? -1 : this.best - 1;
    }
    visit(row, t, bounds, firstCode) {
        const cutoff = t - this.setup.windowMs;
        if (this.oldest < cutoff)
            this.evictBefore(cutoff);
        const steps = this.setup.matcher.sigSteps[this.setup.matcher.sig(row)];
        if (steps.length === 0) {
            this.exclusion(t);
            return;
        }
        // step:0 attribution: the event that opens a window must carry the breakdown value (PostHog).
        if (firstCode !== undefined &&
            this.covered === 0 &&
            this.multi.size === 0 &&
            this.codes[row] !== firstCode)
            return;
        if (steps.length === 1) {
            const queue = this.single[steps[0]];
            if (queue.size === 0)
                this.covered++;
            queue.push(row);
        }
        else {
            this.multi.push(row);
        }
        if (this.oldest === Infinity)
            this.oldest = t;
        const total = this.covered + (this.multi.size > 0 ? this.matchMulti() : 0);
        if (total > this.best || (total === this.best && this.bestExcluded))
            this.record(total, bounds);
    }
    evictBefore(cutoff) {
        const ts = this.setup.table.timestamps;
        let oldest = Infinity;
        for (let s = 0; s < this.n; s++) {
            const queue = this.single[s];
            if (queue.size === 0)
                continue;
            if (queue.dropBefore(ts, cutoff) && queue.size === 0)
                this.covered--;
            else if (queue.size > 0)
                oldest = Math.min(oldest, ts[queue.at(0)]);
        }
        this.multi.dropBefore(ts, cutoff);
        if (this.multi.size > 0)
            oldest = Math.min(oldest, ts[this.multi.at(0)]);
        this.oldest = oldest;
    }
    /** Maximum matching of the multi-step events onto the uncovered steps; fills `matchOf`. */
    matchMulti() {
        this.matchOf.fill(-1);
        const free = this.n - this.covered;
        let matched = 0;
        for (let i = 0; i < this.multi.size && matched < free; i++) {
            this.stamp++;
            if (this.augment(this.multi.at(i)))
                matched++;
        }
        return matched;
    }
    augment(row) {
        const steps = this.setup.matcher.sigSteps[this.setup.matcher.sig(row)];
        for (const s of steps) {
            if (this.single[s].size === 0 && this.matchOf[s] === -1) {
                this.matchOf[s] = row;
                return true;
            }
        }
        for (const s of steps) {
            if (this.single[s].size > 0 || this.visited[s] === this.stamp)
                continue;
            this.visited[s] = this.stamp;
            if (this.augment(this.matchOf[s])) {
                this.matchOf[s] = row;
                return true;
            }
        }
        return false;
    }
    /** An exclusion event closes the open window (only full-range exclusions exist here). */
    exclusion(t) {
        if (this.covered === 0 && this.multi.size === 0)
            return;
        const open = this.bestWindow === this.windowId && this.best < this.n;
        if (this.setup.exclusionMode === 'disqualify_person' &&
            open &&
            t - this.bestOldest <= this.setup.windowMs) {
            this.bestExcluded = true;
        }
        this.clearWindow();
        this.windowId++;
    }
    /** The window is the best so far: keep one event per satisfied step, in time order. */
    record(total, bounds) {
        if (this.oldest > bounds.startMax)
            return; // this window started after the date range
        const ts = this.setup.table.timestamps;
        const useMatch = this.multi.size > 0;
        const chain = this.chain;
        let count = 0;
        for (let s = 0; s < this.n; s++) {
            const queue = this.single[s];
            const row = queue.size > 0 ? queue.at(0) : useMatch ? this.matchOf[s] : -1;
            if (row < 0)
                continue;
            // Insertion by time; ties keep step order (never storage order).
            let i = count++;
            while (i > 0 && ts[chain[i - 1]] > ts[row]) {
                chain[i] = chain[i - 1];
                i--;
            }
            chain[i] = row;
        }
        this.best = total;
        this.bestExcluded = false;
        this.bestOldest = this.oldest;
        this.bestWindow = this.windowId;
    }
    clearWindow() {
        for (let s = 0; s < this.n; s++)
            this.single[s].clear();
        this.multi.clear();
        this.covered = 0;
        this.oldest = Infinity;
    }
}
//# sourceMappingURL=fold-unordered-funnel.js.map