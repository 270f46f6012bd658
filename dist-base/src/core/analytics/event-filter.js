import { z } from 'zod';
export const propertyConditionSchema = z.object({
    property: z.string().min(1),
    op: z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'in', 'is_set']),
    value: z.unknown().optional(),
});
/** `{ "event": "Order Completed", "where": [...] }`; `event: null` matches any event (spec §3). */
export const eventFilterSchema = z.object({
    event: z.string().min(1).nullable(),
    where: z.array(propertyConditionSchema).optional(),
});
/** Property paths a set of filters reads, so a store can load their columns first. */
export function filterProperties(filters) {
    const paths = new Set();
    for (const filter of filters)
        for (const condition of filter?.where ?? [])
            paths.add(condition.property);
    return [...paths];
}
/**
 * Compiles a filter against a table. An event name the table has never seen compiles to a
 * predicate that matches nothing (the query is valid; nobody did it yet).
 */
export function compileFilter(filter, table) {
    const conditions = (filter.where ?? []).map((condition) => compileCondition(condition, table));
    if (filter.event === null) {
        return conditions.length === 0 ? () => true : (row) => conditions.every((test) => test(row));
    }
    const code = table.eventKeys.indexOf(filter.event);
    if (code < 0)
        return () => false;
    const events = table.events;
    if (conditions.length === 0)
        return (row) => events[row] === code;
    return (row) => events[row] === code && conditions.every((test) => test(row));
}
function compileCondition(condition, table) {
    const column = table.column(condition.property);
    if (!column)
        throw new Error(`column ${condition.property} was not loaded for this query`);
    const { value } = condition;
    switch (condition.op) {
        case 'is_set':
            return (row) => column.codes[row] >= 0;
        case 'eq':
            return equals(column, value);
        case 'neq': {
            const test = equals(column, value);
            return (row) => !test(row);
        }
        case 'in': {
            const tests = (Array.isArray(value) ? value : [value]).map((v) => equals(column, v));
            return (row) => tests.some((test) => test(row));
        }
        case 'contains': {
            const needle = String(value ?? '').toLowerCase();
            const hits = new Uint8Array(column.strings.length);
            column.strings.forEach((s, i) => (hits[i] = s.toLowerCase().includes(needle) ? 1 : 0));
            return (row) => column.codes[row] >= 0 && hits[column.codes[row]] === 1;
        }
        case 'gt':
        case 'gte':
        case 'lt':
        case 'lte':
            return compare(column, condition.op, Number(value));
    }
}
function equals(column, value) {
    if (typeof value === 'number')
        return (row) => column.numbers[row] === value;
    const code = column.strings.indexOf(String(value));
    if (code < 0)
        return () => false;
    return (row) => column.codes[row] === code;
}
function compare(column, op, bound) {
    const n = column.numbers;
    switch (op) {
        case 'gt':
            return (row) => n[row] > bound;
        case 'gte':
            return (row) => n[row] >= bound;
        case 'lt':
            return (row) => n[row] < bound;
        case 'lte':
            return (row) => n[row] <= bound;
    }
}
//# sourceMappingURL=event-filter.js.map