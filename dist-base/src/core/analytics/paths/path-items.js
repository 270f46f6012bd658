// What a path step is called, row by row: the event key, or for page paths the page URL of page
// calls (trailing slash removed, as PostHog does) and the name of screen calls. Computed once per
// query as an integer label per row so the path fold compares integers.
import { CALL_KEYS } from '../actor-events.js';
/** Where a page call's item comes from, in order of preference. */
export const PAGE_ITEM_PROPERTIES = ['url', 'context.page.url', 'path', '$name'];
/** The item of every row for `query.item`. */
export function pathItems(table, query) {
    if (query.item === 'event')
        return { labelOf: table.events, labels: table.eventKeys };
    const labels = [];
    const ids = new Map();
    const intern = (text) => {
        let id = ids.get(text);
        if (id === undefined) {
            id = labels.length;
            ids.set(text, id);
            labels.push(text);
        }
        return id;
    };
    const pageCode = table.eventKeys.indexOf(CALL_KEYS.page);
    const screenCode = table.eventKeys.indexOf(CALL_KEYS.screen);
    const pageSources = PAGE_ITEM_PROPERTIES.map((path) => internedColumn(table.column(path), intern));
    const screenSources = [internedColumn(table.column('$name'), intern)];
    const labelOf = new Int32Array(table.size).fill(-1);
    for (let row = 0; row < table.size; row++) {
        const code = table.events[row];
        if (code === pageCode)
            labelOf[row] = firstLabel(pageSources, row);
        else if (code === screenCode)
            labelOf[row] = firstLabel(screenSources, row);
    }
    return { labelOf, labels };
}
function internedColumn(column, intern) {
    if (column === undefined)
        return undefined;
    const labelOfCode = Int32Array.from(column.strings, (text) => text === '' ? -1 : intern(cleanPageItem(text)));
    return { codes: column.codes, labelOfCode };
}
function firstLabel(sources, row) {
    for (const source of sources) {
        if (source === undefined)
            continue;
        const code = source.codes[row];
        if (code >= 0 && source.labelOfCode[code] >= 0)
            return source.labelOfCode[code];
    }
    return -1;
}
/** Drops one trailing slash, keeping a bare "/" (PostHog: replaceRegexpAll(url, '(.)/$', '\\1')). */
export function cleanPageItem(text) {
    return text.length > 1 && text.endsWith('/') ? text.slice(0, -1) : text;
}
//# sourceMappingURL=path-items.js.map