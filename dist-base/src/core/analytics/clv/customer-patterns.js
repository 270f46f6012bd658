// Customers grouped by identical (x, t_x, T): the BG/NBD likelihood and predictions depend on
// nothing else, so each distinct pattern is computed once and weighted by its count (Fader and
// Hardie's condensed RFM table; lifetimes' `weights`).
/** Groups customers by identical (frequency, recency, age); `weights` counts each input row (default 1). */
export function groupPatterns(frequency, recency, age, weights) {
    const n = frequency.length;
    const byKey = new Map();
    const patternOf = new Int32Array(n);
    const first = [];
    const counts = [];
    for (let i = 0; i < n; i++) {
        const key = `${frequency[i]}|${recency[i]}|${age[i]}`;
        let pattern = byKey.get(key);
        if (pattern === undefined) {
            pattern = first.length;
            byKey.set(key, pattern);
            first.push(i);
            counts.push(0);
        }
        counts[pattern] += weights === undefined ? 1 : weights[i];
        patternOf[i] = pattern;
    }
    const pick = (values) => Float64Array.from(first, (i) => values[i]);
    const patternFrequency = pick(frequency);
    const xIndex = new Map();
    const frequencyIndex = new Int32Array(first.length);
    const frequencyWeight = [];
    patternFrequency.forEach((x, pattern) => {
        let k = xIndex.get(x);
        if (k === undefined) {
            k = xIndex.size;
            xIndex.set(x, k);
            frequencyWeight.push(0);
        }
        frequencyIndex[pattern] = k;
        frequencyWeight[k] += counts[pattern];
    });
    const patternRecency = pick(recency);
    const patternAge = pick(age);
    const recencies = indexDistinct(patternRecency);
    const ages = indexDistinct(patternAge);
    return {
        size: first.length,
        frequency: patternFrequency,
        recency: patternRecency,
        age: patternAge,
        weight: Float64Array.from(counts),
        patternOf,
        distinctFrequency: Float64Array.from(xIndex.keys()),
        frequencyIndex,
        frequencyWeight: Float64Array.from(frequencyWeight),
        distinctRecency: recencies.values,
        recencyIndex: recencies.index,
        distinctAge: ages.values,
        ageIndex: ages.index,
    };
}
function indexDistinct(values) {
    const positions = new Map();
    const index = new Int32Array(values.length);
    values.forEach((value, i) => {
        let position = positions.get(value);
        if (position === undefined) {
            position = positions.size;
            positions.set(value, position);
        }
        index[i] = position;
    });
    return { values: Float64Array.from(positions.keys()), index };
}
/**
 * A systematic sample of about one customer in `every`: walking the patterns in order, a pattern
 * gets one customer each time the running count passes a multiple of `every`. Deterministic and
 * proportional to the counts, so the sample's likelihood surface has the same shape.
 */
export function samplePatterns(patterns, every) {
    const picked = [];
    const counts = [];
    let seen = 0;
    for (let p = 0; p < patterns.size; p++) {
        const before = Math.floor(seen / every);
        seen += patterns.weight[p];
        const take = Math.floor(seen / every) - before;
        if (take > 0) {
            picked.push(p);
            counts.push(take);
        }
    }
    const pick = (values) => picked.map((p) => values[p]);
    return groupPatterns(pick(patterns.frequency), pick(patterns.recency), pick(patterns.age), counts);
}
//# sourceMappingURL=customer-patterns.js.map