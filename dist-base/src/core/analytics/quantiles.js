// Order statistics shared by funnels (time to convert), KPIs (median time on page) and next-order
// predictions (interval quartiles). Quantiles use linear interpolation between closest ranks (Hyndman–Fan type 7, the
// default of numpy, R and spreadsheets), so a median of an even count is the mean of the middle two.
/**
 * The q-quantile (0 ≤ q ≤ 1) of values sorted ascending; NaN when there are none.
 * @example quantileOfSorted(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function quantileOfSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const position = (n - 1) * q;
    const low = Math.floor(position);
    const high = Math.min(low + 1, n - 1);
    const lowValue = sorted[low];
    return lowValue + (sorted[high] - lowValue) * (position - low);
}
/** Median of any values (copied; the input is left alone); null when there are none. */
export function medianOf(values) {
    return medianInPlace(Float64Array.from(values));
}
/**
 * Median of `values`, reordering them: quickselect, O(n) on average, so the median of millions
 * of page times costs far less than a sort. Null when there are none.
 */
export function medianInPlace(values) {
    return values.length === 0 ? null : quantileInPlace(values, 0.5);
}
/**
 * The q-quantile of `values` (type 7), reordering them in place; NaN when empty.
 * @example quantileInPlace(Float64Array.of(4, 1, 3, 2), 0.5) // 2.5
 */
export function quantileInPlace(values, q) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    const position = (n - 1) * q;
    const low = Math.floor(position);
    const lowValue = selectInPlace(values, low);
    if (position === low)
        return lowValue;
    // After selection everything right of `low` is ≥ values[low]: the next order statistic is their minimum.
    let next = Number.POSITIVE_INFINITY;
    for (let i = low + 1; i < n; i++)
        if (values[i] < next)
            next = values[i];
    return lowValue + (next - lowValue) * (position - low);
}
/** Puts the k-th smallest value at position k (smaller ones before, larger after) and returns it. */
function selectInPlace(values, k) {
    let left = 0;
    let right = values.length - 1;
    while (right > left) {
        // Median-of-three pivot keeps sorted and reversed inputs linear.
        const middle = (left + right) >> 1;
        const pivot = medianOfThree(values[left], values[middle], values[right]);
        let i = left;
        let j = right;
        while (i <= j) {
            while (values[i] < pivot)
                i++;
            while (values[j] > pivot)
                j--;
            if (i <= j) {
                const swap = values[i];
                values[i] = values[j];
                values[j] = swap;
                i++;
                j--;
            }
        }
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            break; // j < k < i: values[k] equals the pivot
    }
    return values[k];
}
function medianOfThree(a, b, c) {
    return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
//# sourceMappingURL=quantiles.js.map