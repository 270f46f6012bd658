import { compileFilter } from '../event-filter.js';
/** `codeSig` value of an event key whose rows depend on property conditions: see `rowSig`. */
export const DYNAMIC_SIG = -3;
const ANY_EVENT = -2;
// Beyond this many candidates per event key, the per-row key is a string instead of a bitmask.
const MAX_MASK_CANDIDATES = 30;
/**
 * Compiles steps and exclusions against a table. Rows outside `[from, to]` are left at −1 when
 * matching them would need property predicates (the folds never look at them).
 */
export function compileFunnelMatcher(table, steps, exclusions, from, to) {
    const n = steps.length;
    const filters = [...steps, ...exclusions];
    const codeOf = (filter) => filter.event === null ? ANY_EVENT : table.eventKeys.indexOf(filter.event);
    const candidates = filters.map((filter, index) => ({
        index,
        code: codeOf(filter),
        hasWhere: (filter.where ?? []).length > 0,
        test: compileFilter(filter, table),
    }));
    const byCode = table.eventKeys.map((_, code) => candidates
        .filter((c) => c.code === code || c.code === ANY_EVENT)
        .map(({ index, hasWhere, test }) => ({ index, hasWhere, test })));
    const sigs = new SignatureTable(n, exclusions);
    const codeSig = Int32Array.from(byCode, (list) => list.length === 0
        ? -1
        : list.some((c) => c.hasWhere)
            ? DYNAMIC_SIG
            : sigs.intern(list.map((c) => c.index)));
    const { events, timestamps } = table;
    const rowSig = new Int32Array(codeSig.includes(DYNAMIC_SIG) ? table.size : 0);
    if (rowSig.length > 0) {
        const caches = byCode.map(() => new Map());
        for (let row = 0; row < table.size; row++) {
            const code = events[row];
            if (codeSig[code] !== DYNAMIC_SIG)
                continue;
            const t = timestamps[row];
            rowSig[row] = t < from || t > to ? -1 : dynamicSig(byCode[code], caches[code], sigs, row);
        }
    }
    return sigs.finish(codeSig, rowSig, events);
}
/** Signature of a row whose event key has filters with property conditions. */
function dynamicSig(list, cache, sigs, row) {
    let key;
    if (list.length <= MAX_MASK_CANDIDATES) {
        let mask = 0;
        for (let i = 0; i < list.length; i++)
            if (list[i].test(row))
                mask |= 1 << i;
        key = mask;
    }
    else {
        key = list.map((c) => (c.test(row) ? '1' : '0')).join('');
    }
    let sig = cache.get(key);
    if (sig === undefined) {
        const matched = list.filter((c) => c.test(row)).map((c) => c.index);
        sig = matched.length === 0 ? -1 : sigs.intern(matched);
        cache.set(key, sig);
    }
    return sig;
}
/** Interns sets of matched filter indices as signatures. */
class SignatureTable {
    stepCount;
    exclusions;
    ids = new Map();
    steps = [];
    gaps = [];
    constructor(stepCount, exclusions) {
        this.stepCount = stepCount;
        this.exclusions = exclusions;
    }
    intern(filterIndices) {
        const sorted = [...filterIndices].sort((a, b) => a - b);
        const key = sorted.join(',');
        const known = this.ids.get(key);
        if (known !== undefined)
            return known;
        const gapSet = new Set();
        for (const index of sorted) {
            const exclusion = this.exclusions[index - this.stepCount];
            if (exclusion)
                for (let g = exclusion.fromStep + 1; g <= exclusion.toStep; g++)
                    gapSet.add(g);
        }
        this.steps.push(Int32Array.from(sorted.filter((i) => i < this.stepCount)));
        this.gaps.push(Int32Array.from([...gapSet].sort((a, b) => b - a)));
        this.ids.set(key, this.steps.length - 1);
        return this.steps.length - 1;
    }
    finish(codeSig, rowSig, events) {
        const n = this.stepCount;
        const count = this.steps.length;
        const sigMember = new Uint8Array(count * n);
        const sigSingle = new Int32Array(count);
        this.steps.forEach((steps, sig) => {
            for (const k of steps)
                sigMember[sig * n + k] = 1;
            sigSingle[sig] = steps.length === 1 && this.gaps[sig].length === 0 ? steps[0] : -1;
        });
        const order = this.steps.map((_, sig) => sig).sort((a, b) => compareSigs(this.steps, this.gaps, a, b));
        const sigRank = new Int32Array(count);
        order.forEach((sig, rank) => (sigRank[sig] = rank));
        const sig = (row) => {
            const fixed = codeSig[events[row]];
            return fixed === DYNAMIC_SIG ? rowSig[row] : fixed;
        };
        return {
            stepCount: n,
            codeSig,
            rowSig,
            sig,
            sigSteps: this.steps,
            sigGaps: this.gaps,
            sigSingle,
            sigMember,
            sigRank,
        };
    }
}
function compareSigs(steps, gaps, a, b) {
    return compareLists(steps[a], steps[b]) || compareLists(gaps[a], gaps[b]);
}
function compareLists(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return a.length - b.length;
}
//# sourceMappingURL=funnel-matcher.js.map