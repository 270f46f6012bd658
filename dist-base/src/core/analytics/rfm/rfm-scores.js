// RFM scoring (reference A7 "RFM"): quintile scores 1–5 over the customer base, and the rule table
// from (R, FM) cells to the common 11 named segments.
//
// Quintiles with ties: a customer's score is 1 + ⌊5 · w / n⌋, where w is the number of customers
// strictly WORSE on that measure and n the base size. Equal values always share a score (no
// arbitrary split of a tie, so the result does not depend on row order), distinct values fall into
// the usual fifths (n = 10 → 1,1,2,2,3,3,4,4,5,5), and a value shared by most customers (F = 1)
// scores low instead of being spread over several scores. Recency is reversed: fewer days is better.
/** The 11 segments, best first; the order of `segments` in an RFM result. */
export const RFM_SEGMENTS = [
    'Champions',
    'Loyal',
    'Potential loyalist',
    'New customers',
    'Promising',
    'Need attention',
    'About to sleep',
    'At risk',
    'Cannot lose them',
    'Hibernating',
    'Lost',
];
/**
 * The rule table, indexed [R − 1][FM − 1], where FM = ⌈(F + M) / 2⌉ joins frequency and monetary
 * value (the usual R × FM grid):
 *
 * | R \ FM | 1              | 2                  | 3                  | 4       | 5                |
 * |--------|----------------|--------------------|--------------------|---------|------------------|
 * | 5      | New customers  | Potential loyalist | Potential loyalist | Champions | Champions      |
 * | 4      | Promising      | Potential loyalist | Potential loyalist | Loyal   | Loyal            |
 * | 3      | About to sleep | About to sleep     | Need attention     | Loyal   | Loyal            |
 * | 2      | Hibernating    | Hibernating        | At risk            | At risk | Cannot lose them |
 * | 1      | Lost           | Hibernating        | At risk            | At risk | Cannot lose them |
 */
const RULES = [
    ['Lost', 'Hibernating', 'At risk', 'At risk', 'Cannot lose them'],
    ['Hibernating', 'Hibernating', 'At risk', 'At risk', 'Cannot lose them'],
    ['About to sleep', 'About to sleep', 'Need attention', 'Loyal', 'Loyal'],
    ['Promising', 'Potential loyalist', 'Potential loyalist', 'Loyal', 'Loyal'],
    ['New customers', 'Potential loyalist', 'Potential loyalist', 'Champions', 'Champions'],
];
/** The named segment of an (R, F, M) cell, each score 1–5. */
export function rfmSegmentOf(r, f, m) {
    const fm = Math.ceil((f + m) / 2);
    const segment = RULES[r - 1]?.[fm - 1];
    if (segment === undefined)
        throw new Error(`RFM scores must be 1–5, got r=${r} f=${f} m=${m}`);
    return segment;
}
/**
 * Quintile scores 1–5 of `values` (see the file header): higher values score higher, or lower
 * values when `isLowerBetter` (recency in days).
 * @example quintileScores(Float64Array.of(1, 1, 2, 9), false) // Uint8Array [1, 1, 3, 4]
 */
export function quintileScores(values, isLowerBetter = false) {
    const n = values.length;
    const order = Int32Array.from({ length: n }, (_, i) => i).sort((x, y) => {
        const difference = values[x] - values[y];
        return isLowerBetter ? -difference : difference;
    });
    const scores = new Uint8Array(n);
    let groupStart = 0;
    for (let k = 0; k < n; k++) {
        // A new group of equal values starts where the value changes; `groupStart` customers are worse.
        if (k > 0 && values[order[k]] !== values[order[k - 1]])
            groupStart = k;
        scores[order[k]] = 1 + Math.floor((5 * groupStart) / n);
    }
    return scores;
}
//# sourceMappingURL=rfm-scores.js.map