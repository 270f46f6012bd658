/**
 * Builds an ActorEvents table from plain rows (any order). Stable: rows of one actor with equal
 * timestamps keep their input order. For tests and small data; storage adapters build their own.
 */
export function buildActorEvents(rows, firstSeen = {}) {
    const order = rows.map((_, i) => i);
    const actorNames = [...new Set(rows.map((r) => r.actorId))].sort();
    const actorIndex = new Map(actorNames.map((name, i) => [name, i]));
    order.sort((x, y) => {
        const a = rows[x];
        const b = rows[y];
        return actorIndex.get(a.actorId) - actorIndex.get(b.actorId) || a.timestamp - b.timestamp || x - y;
    });
    const keys = [];
    const keyIndex = new Map();
    const actorStart = new Int32Array(actorNames.length + 1);
    const timestamps = new Float64Array(rows.length);
    const events = new Int32Array(rows.length);
    order.forEach((source, row) => {
        const input = rows[source];
        if (!keyIndex.has(input.event)) {
            keyIndex.set(input.event, keys.length);
            keys.push(input.event);
        }
        timestamps[row] = input.timestamp;
        events[row] = keyIndex.get(input.event);
        actorStart[actorIndex.get(input.actorId) + 1] += 1;
    });
    for (let a = 0; a < actorNames.length; a++)
        actorStart[a + 1] += actorStart[a];
    const actorFirstSeen = Float64Array.from(actorNames, (name, a) => firstSeen[name] ?? timestamps[actorStart[a]] ?? 0);
    const columns = new Map();
    return {
        size: rows.length,
        actorCount: actorNames.length,
        actorStart,
        actorIds: actorNames,
        actorFirstSeen,
        timestamps,
        events,
        eventKeys: keys,
        column(path) {
            let column = columns.get(path);
            if (!column) {
                column = buildColumn(order.map((source) => readPath(rows[source].properties ?? {}, path)));
                columns.set(path, column);
            }
            return column;
        },
    };
}
/** Reads `a.b.c` from an object; `properties.` is implied for plain names. */
function readPath(properties, path) {
    let value = properties;
    for (const part of path.split('.')) {
        if (typeof value !== 'object' || value === null)
            return undefined;
        value = value[part];
    }
    return value;
}
/** Interns a list of raw values into a PropertyColumn. */
export function buildColumn(values) {
    const numbers = new Float64Array(values.length);
    const codes = new Int32Array(values.length);
    const strings = [];
    const index = new Map();
    values.forEach((value, row) => {
        numbers[row] = toNumber(value);
        if (value === undefined || value === null || typeof value === 'object') {
            codes[row] = -1;
            return;
        }
        const text = String(value);
        let code = index.get(text);
        if (code === undefined) {
            code = strings.length;
            index.set(text, code);
            strings.push(text);
        }
        codes[row] = code;
    });
    return { numbers, codes, strings };
}
function toNumber(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string' && value.trim() !== '') {
        const parsed = Number(value);
        return Number.isFinite(parsed) ? parsed : Number.NaN;
    }
    return Number.NaN;
}
//# sourceMappingURL=build-actor-events.js.map