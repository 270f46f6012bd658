import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { WaymarkError } from '../../../core/shared/index.js';
import { readRawBody } from '../read-body.js';
import { bodyLimit, trackingRoute } from '../tracking-receiver.js';
import { pixelCall, PIXEL_GIF } from './pixel-call.js';
/** The Segment-compatible tracking API (spec §1). */
export function ingestRoutes(options) {
    const { ingestor, receiver, isWriteKey, clientIp, publicUrl } = options;
    const app = new Hono();
    // Browsers send events from the shop's own origin; the write key, not the origin, authorises.
    const trackingCors = cors({
        origin: (origin) => origin,
        allowHeaders: ['Authorization', 'Content-Type', 'X-Retry-Count', 'AnonymousId'],
        maxAge: 86_400,
        credentials: true,
    });
    for (const path of ['/v1/*', '/beacon/*', '/pixel/*'])
        app.use(path, trackingCors);
    const receive = async (c, route, allowQueryKey) => {
        await receiver.receive(route, {
            body: await readRawBody(c, bodyLimit(route)),
            contentEncoding: c.req.header('content-encoding'),
            authorization: c.req.header('authorization'),
            queryWriteKey: allowQueryKey ? c.req.query('writeKey') : undefined,
            ip: clientIp(c),
        });
        return c.json({ success: true });
    };
    app.post('/v1/:method', async (c) => {
        const method = c.req.param('method');
        const route = trackingRoute(method);
        if (!route)
            throw new WaymarkError('E_NOT_FOUND', `no tracking method ${method}`);
        return receive(c, route, false);
    });
    app.post('/beacon/v1/batch', (c) => receive(c, { kind: 'batch' }, true));
    const pixel = async (c) => {
        const method = c.req.param('method');
        if (method !== 'track' && method !== 'page')
            throw new WaymarkError('E_NOT_FOUND', `no pixel method ${method}`);
        const call = pixelCall(c.req.query());
        receiver.authorize({ authorization: c.req.header('authorization'), queryWriteKey: c.req.query('writeKey') }, call);
        await ingestor.ingest({ items: [call], ip: clientIp(c), routeType: method });
        return c.body(PIXEL_GIF, 200, { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store, max-age=0' });
    };
    app.get('/v1/pixel/:method', pixel);
    app.get('/pixel/v1/:method', pixel);
    app.get('/v1/projects/:writeKey/settings', (c) => {
        const writeKey = c.req.param('writeKey');
        if (!isWriteKey(writeKey))
            throw new WaymarkError('E_NOT_FOUND', 'unknown write key');
        const base = new URL(publicUrl(c));
        return c.json({
            integrations: {
                'Segment.io': {
                    apiKey: writeKey,
                    apiHost: `${base.host}/v1`,
                    protocol: base.protocol.replace(':', ''),
                },
            },
            plan: { track: { __default: { enabled: true } }, identify: { __default: { enabled: true } } },
            edgeFunction: {},
            analyticsNextEnabled: true,
        });
    });
    return app;
}
//# sourceMappingURL=ingest-routes.js.map