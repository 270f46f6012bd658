import { compileFilter } from '../event-filter.js';
/** Event code of `{ event: null }`: every event. */
export const ANY_EVENT = -1;
/** Event code of an event name the table has never seen: no row matches. */
export const NO_EVENT = -2;
/** Prepares `filter` for `table`. */
export function rowMatcher(filter, table) {
    const found = filter.event === null ? ANY_EVENT : table.eventKeys.indexOf(filter.event);
    const code = found < 0 && filter.event !== null ? NO_EVENT : found;
    if ((filter.where ?? []).length === 0 || code === NO_EVENT)
        return { code, mask: undefined };
    const mask = new Uint8Array(table.size);
    const matches = compileFilter(filter, table);
    const { events, size } = table;
    for (let row = 0; row < size; row++) {
        // The event code is checked first so the property predicates run on candidate rows only.
        if ((code === ANY_EVENT || events[row] === code) && matches(row))
            mask[row] = 1;
    }
    return { code, mask };
}
/** True when `row` matches (`events` is the table's event column). */
export function matchesRow(matcher, events, row) {
    return ((matcher.code === ANY_EVENT || events[row] === matcher.code) &&
        (matcher.mask === undefined || matcher.mask[row] === 1));
}
//# sourceMappingURL=row-matcher.js.map