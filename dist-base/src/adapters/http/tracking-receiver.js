import { MAX_EVENT_BYTES, splitBatch } from '../../core/events/index.js';
import { WaymarkError } from '../../core/shared/index.js';
import { decodeJson } from './read-body.js';
/** Segment's limit on one batch request. */
export const MAX_BATCH_BYTES = 500 * 1024;
const SINGLE_ROUTES = {
    identify: 'identify',
    i: 'identify',
    track: 'track',
    t: 'track',
    page: 'page',
    p: 'page',
    screen: 'screen',
    s: 'screen',
    group: 'group',
    g: 'group',
    alias: 'alias',
    a: 'alias',
};
const BATCH_ROUTES = new Set(['batch', 'b', 'import']);
const BATCH = { kind: 'batch' };
/** The route of a tracking method (`batch`, `t`, `identify` …), or undefined for an unknown one. */
export function trackingRoute(method) {
    if (BATCH_ROUTES.has(method))
        return BATCH;
    const type = Object.hasOwn(SINGLE_ROUTES, method) ? SINGLE_ROUTES[method] : undefined;
    return type ? { kind: 'single', type } : undefined;
}
/** The largest body a route takes, before or after inflation. */
export const bodyLimit = (route) => route.kind === 'batch' ? MAX_BATCH_BYTES : MAX_EVENT_BYTES;
/**
 * The tracking API's POST handling apart from any HTTP framework, so the hot path can skip the
 * framework without a second copy of the rules. Resolves once the events are durable; throws a
 * WaymarkError for a request to refuse.
 */
export function createTrackingReceiver({ ingestor, isWriteKey }) {
    const authorize = (credentials, body) => {
        const key = basicUser(credentials.authorization) ?? bodyWriteKey(body) ?? credentials.queryWriteKey;
        if (key === undefined)
            throw new WaymarkError('E_UNAUTHORIZED', 'no write key: send it as HTTP Basic user, or as writeKey in the body');
        if (!isWriteKey(key))
            throw new WaymarkError('E_UNAUTHORIZED', 'unknown write key');
    };
    return {
        authorize,
        async receive(route, request) {
            const { value: body, bytes } = decodeJson(request.body, request.contentEncoding, bodyLimit(route));
            authorize(request, body);
            if (route.kind === 'single') {
                await ingestor.ingest({ items: [body], ip: request.ip, routeType: route.type, requestBytes: bytes });
                return;
            }
            const parts = splitBatch(body);
            if (!parts.ok)
                throw parts.error;
            await ingestor.ingest({
                items: parts.value.items,
                ip: request.ip,
                requestBytes: bytes,
                ...(parts.value.context ? { batchContext: parts.value.context } : {}),
                ...(parts.value.integrations ? { batchIntegrations: parts.value.integrations } : {}),
                ...(parts.value.sentAt !== undefined ? { batchSentAt: parts.value.sentAt } : {}),
            });
        },
    };
}
/** The user part of `Authorization: Basic base64(user:password)`. */
function basicUser(header) {
    const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
    if (!match?.[1])
        return undefined;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const user = decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : decoded;
    return user === '' ? undefined : user;
}
function bodyWriteKey(body) {
    if (typeof body !== 'object' || body === null)
        return undefined;
    const key = body.writeKey;
    return typeof key === 'string' && key !== '' ? key : undefined;
}
//# sourceMappingURL=tracking-receiver.js.map