import { getRequestListener } from '@hono/node-server';
import { errorPayload } from './http-errors.js';
import { readIncoming, tooLarge } from './read-body.js';
import { bodyLimit, trackingRoute } from './tracking-receiver.js';
const SUCCESS = Buffer.from('{"success":true}');
/**
 * Node's request handler. Server-side tracking POSTs (`/v1/<method>` without an Origin) go
 * straight to the tracking receiver: at tens of thousands of events a second the Request and
 * Response objects of the web bridge cost more than parsing the events. Everything else, browser
 * calls with their CORS headers included, goes to the Hono app. Both end in the same receiver.
 */
export function createNodeListener(options) {
    const hono = getRequestListener(options.fetch);
    return (request, response) => {
        const route = fastRoute(request);
        if (route)
            void receive(route, request, response, options);
        else
            void hono(request, response);
    };
}
function fastRoute(request) {
    if (request.method !== 'POST' || request.headers.origin !== undefined)
        return undefined;
    const url = request.url ?? '';
    if (!url.startsWith('/v1/'))
        return undefined;
    const query = url.indexOf('?');
    return trackingRoute(url.slice(4, query === -1 ? undefined : query));
}
async function receive(route, request, response, { receiver, trustProxy }) {
    try {
        const limit = bodyLimit(route);
        if (Number(request.headers['content-length'] ?? 0) > limit)
            throw tooLarge(limit);
        await receiver.receive(route, {
            body: await readIncoming(request, limit),
            contentEncoding: request.headers['content-encoding'],
            authorization: request.headers.authorization,
            queryWriteKey: undefined,
            ip: clientIp(request, trustProxy),
        });
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': SUCCESS.length });
        response.end(SUCCESS);
    }
    catch (error) {
        const { status, body, retryAfter } = errorPayload(error);
        const text = Buffer.from(JSON.stringify(body));
        response.writeHead(status, {
            'Content-Type': 'application/json',
            'Content-Length': text.length,
            ...(retryAfter ? { 'Retry-After': '1' } : {}),
        });
        response.end(text);
    }
}
/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientIp(request, trustProxy) {
    if (trustProxy) {
        const header = request.headers['x-forwarded-for'];
        const forwarded = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
        if (forwarded)
            return forwarded;
    }
    return request.socket.remoteAddress ?? null;
}
//# sourceMappingURL=node-listener.js.map