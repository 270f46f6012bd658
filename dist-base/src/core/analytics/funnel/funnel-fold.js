/** First row in `begin … end − 1` whose timestamp is ≥ `at` (rows of one actor are sorted). */
export function lowerBound(timestamps, begin, end, at) {
    let low = begin;
    let high = end;
    while (low < high) {
        const mid = (low + high) >>> 1;
        if (timestamps[mid] < at)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
/**
 * Sorts `rows[0 … count − 1]` (rows with one timestamp) into a canonical order: by signature
 * rank, then by breakdown value. Rows equal on both are interchangeable for every result.
 */
export function sortTiedRows(rows, count, setup) {
    const { sigRank } = setup.matcher;
    const codes = setup.valueCodes;
    const strings = setup.valueStrings ?? [];
    const rank = (row) => {
        const sig = setup.matcher.sig(row);
        return sig < 0 ? -1 : sigRank[sig];
    };
    const text = (row) => {
        const code = codes ? codes[row] : -1;
        return code < 0 ? undefined : (strings[code] ?? '');
    };
    if (count > 32) {
        const sorted = Array.from(rows.subarray(0, count)).sort((a, b) => compareRows(a, b, rank, text));
        rows.set(sorted);
        return;
    }
    // Insertion sort: tied groups are small and usually already in order.
    for (let i = 1; i < count; i++) {
        const row = rows[i];
        let j = i - 1;
        while (j >= 0 && compareRows(rows[j], row, rank, text) > 0) {
            rows[j + 1] = rows[j];
            j--;
        }
        rows[j + 1] = row;
    }
}
function compareRows(a, b, rank, text) {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0)
        return byRank;
    const ta = text(a);
    const tb = text(b);
    if (ta === tb)
        return 0;
    if (ta === undefined)
        return -1; // no value sorts before every value
    if (tb === undefined)
        return 1;
    return ta < tb ? -1 : 1;
}
//# sourceMappingURL=funnel-fold.js.map