/** The grid of `count` periods from period number `first`. */
export function createPeriodGrid(bucketer, first, count) {
    const starts = new Float64Array(count + 1);
    for (let i = 0; i <= count; i++)
        starts[i] = bucketer.startOf(first + i);
    return { first, count, starts };
}
/**
 * The grid of every period that overlaps `range`, widened by `before` periods at the start and
 * `after` at the end (lifecycle needs the period before the range, retention N periods after).
 */
export function gridOfRange(bucketer, range, before = 0, after = 0) {
    const first = bucketer.index(range.from);
    const last = bucketer.index(range.to);
    return createPeriodGrid(bucketer, first - before, last - first + 1 + before + after);
}
/** Position of `at` in the grid: −1 before the first period, `count` at or after the end. */
export function gridPosition(grid, at) {
    const { starts, count } = grid;
    if (at < starts[0])
        return -1;
    if (at >= starts[count])
        return count;
    let low = 0;
    let high = count; // invariant: starts[low] <= at < starts[high]
    while (high - low > 1) {
        const mid = (low + high) >> 1;
        if (starts[mid] <= at)
            low = mid;
        else
            high = mid;
    }
    return low;
}
/** Start instant of every position (without the closing end), for responses. */
export function gridStarts(grid) {
    return Array.from(grid.starts.subarray(0, grid.count));
}
//# sourceMappingURL=period-grid.js.map