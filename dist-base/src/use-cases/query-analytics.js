import { parseOrThrow, WaymarkError } from '../core/shared/index.js';
import { maskOfProfiles } from '../core/analytics/index.js';
function segmentIdOf(body) {
    if (typeof body !== 'object' || body === null)
        return undefined;
    const id = body.segmentId;
    if (id === undefined || id === null)
        return undefined;
    if (typeof id !== 'string' || id === '')
        throw new WaymarkError('E_VALIDATION', 'segmentId: must be a list id', { field: 'segmentId' });
    return id;
}
/** Runs analytics queries (spec §3) and lists the actors behind their cells. */
export function createAnalyticsQueries({ kinds, source, lists, profiles, clock, ids, }) {
    const kindOf = (name) => {
        const kind = kinds[name];
        if (!kind)
            throw new WaymarkError('E_NOT_FOUND', `no query kind ${name}; known: ${Object.keys(kinds).join(', ')}`);
        return kind;
    };
    const prepare = async (kind, body, prefix = '') => {
        const query = parseOrThrow(kind.schema, body, prefix);
        const segmentId = segmentIdOf(body);
        const members = segmentId === undefined ? undefined : await lists.listMembers(segmentId);
        if (segmentId !== undefined && !members) {
            throw new WaymarkError('E_VALIDATION', `segmentId: no list ${segmentId}`, {
                field: `${prefix ? `${prefix}.` : ''}segmentId`,
            });
        }
        const table = await source.actorEvents({ properties: kind.properties(query) });
        const options = { now: clock.now(), ...(members ? { mask: maskOfProfiles(table, members) } : {}) };
        return { query, table, options };
    };
    return {
        kindNames: () => Object.keys(kinds),
        async run(name, body) {
            const kind = kindOf(name);
            const { query, table, options } = await prepare(kind, body);
            return kind.run(table, query, options);
        },
        /** Body: `{ query, cell, limit?, offset?, saveAs? }`. */
        async actors(name, body) {
            const kind = kindOf(name);
            const request = typeof body === 'object' && body !== null ? body : {};
            const { query, table, options } = await prepare(kind, request.query ?? {}, 'query');
            const cell = parseOrThrow(kind.cellSchema, request.cell ?? {}, 'cell');
            const paging = readPaging(request);
            const actors = kind.actors(table, query, cell, options);
            const ids_ = actors.map((actor) => table.actorIds[actor]);
            const page = ids_.slice(paging.offset, paging.offset + paging.limit);
            const found = await Promise.all(page.map((id) => profiles.findProfile(id)));
            const list = paging.saveAs
                ? await lists.createList({ id: `lst_${ids.secret().slice(0, 12)}`, name: paging.saveAs, createdAt: clock.now() }, ids_)
                : undefined;
            return {
                total: actors.length,
                profiles: found.filter((p) => p !== undefined),
                ...(list ? { list } : {}),
            };
        },
    };
}
function readPaging(request) {
    const limit = request.limit ?? 100;
    const offset = request.offset ?? 0;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw new WaymarkError('E_VALIDATION', 'limit: must be an integer from 1 to 1000', { field: 'limit' });
    }
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
        throw new WaymarkError('E_VALIDATION', 'offset: must be a non-negative integer', { field: 'offset' });
    }
    const saveAs = request.saveAs;
    if (saveAs !== undefined && (typeof saveAs !== 'string' || saveAs.trim() === '' || saveAs.length > 200)) {
        throw new WaymarkError('E_VALIDATION', 'saveAs: must be a list name of 1 to 200 characters', {
            field: 'saveAs',
        });
    }
    return { limit, offset, ...(typeof saveAs === 'string' ? { saveAs: saveAs.trim() } : {}) };
}
//# sourceMappingURL=query-analytics.js.map