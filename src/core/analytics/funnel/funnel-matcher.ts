// Step matching, computed once per query so the folds never evaluate a filter twice. Every row has
// a "signature": the set of steps it satisfies plus the exclusion gaps it triggers. Signatures are
// interned (a handful per query), so the number of steps is unbounded — no 32-bit step bitfield
// (PostHog's UDF silently stops at 32 steps).
//
// Most steps are plain event names, so a row's signature is a function of its event key: a table
// of a few entries that stays in the CPU cache. Only rows whose event key has property conditions
// get a per-row signature (filled once here). The hot loops read `codeSig[events[row]]` and fall
// back to `rowSig[row]` for DYNAMIC_SIG; elsewhere `sig(row)` does the same.
import type { ActorEvents } from '../actor-events.js';
import { compileFilter, type EventFilter, type RowPredicate } from '../event-filter.js';

/** `codeSig` value of an event key whose rows depend on property conditions: see `rowSig`. */
export const DYNAMIC_SIG = -3;

/** A compiled funnel: what each row of the table means to this query. */
export interface FunnelMatcher {
  readonly stepCount: number;
  /** Signature per event key: −1 when its rows match nothing, DYNAMIC_SIG when it depends on the row. */
  readonly codeSig: Int32Array;
  /**
   * Signature of each row whose event key is dynamic (−1: matches nothing, or outside the time
   * bounds); other entries are unused. Empty when no event key is dynamic.
   */
  readonly rowSig: Int32Array;
  /** Signature of any row (−1 when it matches no step and no exclusion). */
  sig(row: number): number;
  /** Steps (0-based, ascending) of each signature. */
  readonly sigSteps: readonly Int32Array[];
  /**
   * Exclusion gaps of each signature, descending. Gap g (1 ≤ g < steps) means "the chain has
   * reached step g − 1 but not step g"; an exclusion {fromStep, toStep} covers gaps fromStep+1 … toStep.
   */
  readonly sigGaps: readonly Int32Array[];
  /** The only step of a signature that has exactly one step and no gap, else −1 (the fast path). */
  readonly sigSingle: Int32Array;
  /** `sigMember[sig * stepCount + k]` = 1 when signature `sig` satisfies step k. */
  readonly sigMember: Uint8Array;
  /** A canonical order of signatures (independent of row order), to break same-timestamp ties. */
  readonly sigRank: Int32Array;
}

/** One filter of the query: a step (index < stepCount) or an exclusion with its gap range. */
interface Candidate {
  readonly index: number;
  readonly hasWhere: boolean;
  readonly test: RowPredicate;
}

const ANY_EVENT = -2;
// Beyond this many candidates per event key, the per-row key is a string instead of a bitmask.
const MAX_MASK_CANDIDATES = 30;

/**
 * Compiles steps and exclusions against a table. Rows outside `[from, to]` are left at −1 when
 * matching them would need property predicates (the folds never look at them).
 */
export function compileFunnelMatcher(
  table: ActorEvents,
  steps: readonly EventFilter[],
  exclusions: readonly (EventFilter & { readonly fromStep: number; readonly toStep: number })[],
  from: number,
  to: number,
): FunnelMatcher {
  const n = steps.length;
  const filters = [...steps, ...exclusions];
  const codeOf = (filter: EventFilter): number =>
    filter.event === null ? ANY_EVENT : table.eventKeys.indexOf(filter.event);
  const candidates = filters.map((filter, index) => ({
    index,
    code: codeOf(filter),
    hasWhere: (filter.where ?? []).length > 0,
    test: compileFilter(filter, table),
  }));
  const byCode = table.eventKeys.map((_, code) =>
    candidates
      .filter((c) => c.code === code || c.code === ANY_EVENT)
      .map(({ index, hasWhere, test }) => ({ index, hasWhere, test })),
  );
  const sigs = new SignatureTable(n, exclusions);
  const codeSig = Int32Array.from(byCode, (list) =>
    list.length === 0
      ? -1
      : list.some((c) => c.hasWhere)
        ? DYNAMIC_SIG
        : sigs.intern(list.map((c) => c.index)),
  );
  const { events, timestamps } = table;
  const rowSig = new Int32Array(codeSig.includes(DYNAMIC_SIG) ? table.size : 0);
  if (rowSig.length > 0) {
    const caches = byCode.map(() => new Map<number | string, number>());
    for (let row = 0; row < table.size; row++) {
      const code = events[row]!;
      if (codeSig[code] !== DYNAMIC_SIG) continue;
      const t = timestamps[row]!;
      rowSig[row] = t < from || t > to ? -1 : dynamicSig(byCode[code]!, caches[code]!, sigs, row);
    }
  }
  return sigs.finish(codeSig, rowSig, events);
}

/** Signature of a row whose event key has filters with property conditions. */
function dynamicSig(
  list: readonly Candidate[],
  cache: Map<number | string, number>,
  sigs: SignatureTable,
  row: number,
): number {
  let key: number | string;
  if (list.length <= MAX_MASK_CANDIDATES) {
    let mask = 0;
    for (let i = 0; i < list.length; i++) if (list[i]!.test(row)) mask |= 1 << i;
    key = mask;
  } else {
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
  private readonly ids = new Map<string, number>();
  private readonly steps: Int32Array[] = [];
  private readonly gaps: Int32Array[] = [];

  constructor(
    private readonly stepCount: number,
    private readonly exclusions: readonly { readonly fromStep: number; readonly toStep: number }[],
  ) {}

  intern(filterIndices: readonly number[]): number {
    const sorted = [...filterIndices].sort((a, b) => a - b);
    const key = sorted.join(',');
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const gapSet = new Set<number>();
    for (const index of sorted) {
      const exclusion = this.exclusions[index - this.stepCount];
      if (exclusion) for (let g = exclusion.fromStep + 1; g <= exclusion.toStep; g++) gapSet.add(g);
    }
    this.steps.push(Int32Array.from(sorted.filter((i) => i < this.stepCount)));
    this.gaps.push(Int32Array.from([...gapSet].sort((a, b) => b - a)));
    this.ids.set(key, this.steps.length - 1);
    return this.steps.length - 1;
  }

  finish(codeSig: Int32Array, rowSig: Int32Array, events: Int32Array): FunnelMatcher {
    const n = this.stepCount;
    const count = this.steps.length;
    const sigMember = new Uint8Array(count * n);
    const sigSingle = new Int32Array(count);
    this.steps.forEach((steps, sig) => {
      for (const k of steps) sigMember[sig * n + k] = 1;
      sigSingle[sig] = steps.length === 1 && this.gaps[sig]!.length === 0 ? steps[0]! : -1;
    });
    const order = this.steps.map((_, sig) => sig).sort((a, b) => compareSigs(this.steps, this.gaps, a, b));
    const sigRank = new Int32Array(count);
    order.forEach((sig, rank) => (sigRank[sig] = rank));
    const sig = (row: number): number => {
      const fixed = codeSig[events[row]!]!;
      return fixed === DYNAMIC_SIG ? rowSig[row]! : fixed;
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

function compareSigs(
  steps: readonly Int32Array[],
  gaps: readonly Int32Array[],
  a: number,
  b: number,
): number {
  return compareLists(steps[a]!, steps[b]!) || compareLists(gaps[a]!, gaps[b]!);
}

function compareLists(a: Int32Array, b: Int32Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
