// POST /api/query/trends: one zero-filled line per series — or per (series, breakdown value),
// the top MAX_BREAKDOWN_VALUES values by event count plus "Other" — and the click-through from a
// point to the actors behind it.
import { toIso } from '../../shared/index.js';
import { filterProperties } from '../event-filter.js';
import { rowMatcher } from '../retention/row-matcher.js';
import { createPeriodBucketer } from '../time/period-bucketer.js';
import { gridOfRange } from '../time/period-grid.js';
import { breakdownSlots, foldSeries, splitMath } from './trends-fold.js';
/** Property paths the query reads: filter conditions, `sum:`/`avg:` properties, the breakdown. */
export function trendsProperties(query) {
    const paths = new Set(filterProperties(query.series));
    for (const series of query.series) {
        const property = splitMath(series.math)[1];
        if (property !== undefined)
            paths.add(property);
    }
    if (query.breakdown)
        paths.add(query.breakdown.property);
    return [...paths];
}
/** Computes every line of the chart. */
export function runTrends(table, query, options) {
    const grid = queryGrid(query);
    const starts = Array.from(grid.starts.subarray(0, grid.count), toIso);
    const lines = [];
    query.series.forEach((series, index) => {
        const matcher = rowMatcher(series, table);
        const slots = breakdownSlots(table, query, matcher, options.mask);
        const values = foldSeries(table, query, series, grid, matcher, slots, options.mask);
        const name = series.event ?? 'All events';
        slots.labels.forEach((value, slot) => {
            const points = starts.map((start, p) => ({ start, value: values[slot * grid.count + p] }));
            const base = { event: series.event, math: series.math, series: index, points };
            lines.push(value === undefined
                ? { label: name, ...base }
                : { label: `${name} · ${value}`, breakdownValue: value, ...base });
        });
    });
    return { series: lines };
}
/**
 * The actors with a matching event in one point of one series (ascending actor indices). With a
 * breakdown, `breakdownValue` picks the line ("Other" = every value outside the top ones); without
 * it, every value counts.
 */
export function trendsActors(table, query, cell, options = {}) {
    const series = query.series[cell.series];
    const grid = queryGrid(query);
    if (series === undefined || cell.point >= grid.count)
        return [];
    const matcher = rowMatcher(series, table);
    const slots = breakdownSlots(table, query, matcher, options.mask);
    const pick = query.breakdown === undefined ? undefined : cell.breakdownValue;
    const slot = pick === undefined ? -1 : slots.labels.indexOf(pick);
    if (pick !== undefined && slot < 0)
        return [];
    const target = { position: cell.point, slot, actors: [] };
    foldSeries(table, query, series, grid, matcher, slots, options.mask, target);
    return target.actors;
}
function queryGrid(query) {
    const bucketer = createPeriodBucketer({
        period: query.interval,
        timeZone: query.timezone,
        weekStart: query.weekStart,
    });
    return gridOfRange(bucketer, query.dateRange);
}
//# sourceMappingURL=run-trends.js.map