import { filterProperties } from '../event-filter.js';
import { matchesRow, rowMatcher } from '../retention/row-matcher.js';
import { PAGE_ITEM_PROPERTIES, pathItems } from './path-items.js';
/** Label of the item standing for the middle of a path cut between its two anchors. */
const ELLIPSIS = '...';
/** Property paths the query reads: anchor conditions and, for page paths, the page fields. */
export function pathsProperties(query) {
    const anchors = filterProperties([query.start, query.end]);
    return query.item === 'page' ? [...new Set([...anchors, ...PAGE_ITEM_PROPERTIES])] : anchors;
}
/** The top `edgeLimit` transitions by count, and the path counts of the nodes they connect. */
export function runPaths(table, query, options) {
    const items = pathItems(table, query);
    const width = items.labels.length + 1; // labels, then the ellipsis
    const nodeName = (node) => `${Math.floor(node / width) + 1}_${labelText(items, node % width)}`;
    const span = (query.steps + 1) * width; // a path cut around "..." may have steps + 1 items
    const edgeCounts = new Map();
    const nodeCounts = new Map();
    walkPaths(table, query, items, options.mask, (_actor, path, length) => {
        for (let step = 0; step < length; step++) {
            const node = step * width + path[step];
            nodeCounts.set(node, (nodeCounts.get(node) ?? 0) + 1);
            if (step === 0)
                continue;
            const edge = (node - width + path[step - 1] - path[step]) * span + node;
            edgeCounts.set(edge, (edgeCounts.get(edge) ?? 0) + 1);
        }
    });
    const edges = [...edgeCounts]
        .map(([edge, count]) => ({ from: nodeName(Math.floor(edge / span)), to: nodeName(edge % span), count }))
        .sort((a, b) => b.count - a.count || compare(a.from, b.from) || compare(a.to, b.to))
        .slice(0, query.edgeLimit);
    const shown = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
    const nodes = [...nodeCounts]
        .map(([node, count]) => ({ name: nodeName(node), count }))
        .filter((node) => shown.has(node.name))
        .sort((a, b) => b.count - a.count || compare(a.name, b.name));
    return { edges, nodes };
}
/** Actors who made the transition `from` → `to` at least once, or (without `from`) reached node `to`. */
export function pathsActors(table, query, cell, options = {}) {
    const items = pathItems(table, query);
    const to = parseNode(items, cell.to);
    const from = cell.from === undefined ? undefined : parseNode(items, cell.from);
    if (to === undefined || (cell.from !== undefined && (from === undefined || from.step !== to.step - 1)))
        return [];
    const actors = [];
    walkPaths(table, query, items, options.mask, (actor, path, length) => {
        if (to.step >= length || path[to.step] !== to.label)
            return;
        if (from !== undefined && path[from.step] !== from.label)
            return;
        if (actors[actors.length - 1] !== actor)
            actors.push(actor);
    });
    return actors;
}
/** Calls `visit` with every path (label ids, `length` of them) of every kept actor, actor by actor. */
function walkPaths(table, query, items, actorMask, visit) {
    const { actorStart, timestamps } = table;
    const { labelOf } = items;
    const { from, to } = query.dateRange;
    const gapMs = query.sessionGapMinutes * 60_000;
    const cut = pathCutter(table, query, items, visit);
    for (let actor = 0; actor < table.actorCount; actor++) {
        if (actorMask !== undefined && actorMask[actor] === 0)
            continue;
        let first = -1; // first row of the current session
        let previous = Number.NaN;
        const lo = actorStart[actor];
        let hi = actorStart[actor + 1];
        while (hi > lo && timestamps[hi - 1] > to)
            hi--; // rows after the range take no part
        for (let row = lo; row < hi; row++) {
            const at = timestamps[row];
            if (at < from || labelOf[row] < 0)
                continue;
            if (first >= 0 && at - previous > gapMs) {
                cut(actor, first, row);
                first = -1;
            }
            if (first < 0)
                first = row;
            previous = at;
        }
        if (first >= 0)
            cut(actor, first, hi);
    }
}
/**
 * Turns one session (rows `[lo, hi)` of an actor; rows that are not items are skipped) into its
 * path and hands it to `visit`. Sessions without the anchors make no path.
 */
function pathCutter(table, query, items, visit) {
    const { labelOf, labels } = items;
    const { events } = table;
    const start = query.start === undefined ? undefined : rowMatcher(query.start, table);
    const end = query.end === undefined ? undefined : rowMatcher(query.end, table);
    const { steps } = query;
    const half = Math.floor(steps / 2);
    let path = new Int32Array(64);
    /** First item row in [row, hi) matching `matcher`, or hi. */
    const seek = (matcher, row, hi) => {
        while (row < hi && (labelOf[row] < 0 || !matchesRow(matcher, events, row)))
            row++;
        return row;
    };
    return (actor, lo, hi) => {
        const begin = start === undefined ? lo : seek(start, lo, hi);
        const last = end === undefined ? hi - 1 : seek(end, begin, hi);
        if (begin === hi || last === hi)
            return;
        if (path.length <= last - begin)
            path = new Int32Array(2 * (last - begin + 1));
        let length = 0;
        for (let row = begin; row <= last; row++) {
            const label = labelOf[row];
            if (label >= 0 && (length === 0 || path[length - 1] !== label))
                path[length++] = label;
        }
        if (length > steps) {
            if (start !== undefined && end !== undefined) {
                path.copyWithin(half + 1, length - half, length);
                path[half] = labels.length; // the ellipsis
                length = 2 * half + 1;
            }
            else if (end !== undefined) {
                path.copyWithin(0, length - steps, length);
                length = steps;
            }
            else
                length = steps;
        }
        visit(actor, path, length);
    };
}
function labelText(items, label) {
    return label === items.labels.length ? ELLIPSIS : items.labels[label];
}
/** "3_/cart" → step index 2 and the label id of "/cart"; undefined when no such item exists. */
function parseNode(items, name) {
    const underscore = name.indexOf('_');
    const step = Number(name.slice(0, underscore)) - 1;
    const text = name.slice(underscore + 1);
    if (underscore < 1 || !Number.isInteger(step) || step < 0)
        return undefined;
    const label = text === ELLIPSIS ? items.labels.length : items.labels.indexOf(text);
    return label < 0 ? undefined : { step, label };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=run-paths.js.map