import { Hono } from 'hono';
import { queryRoutes } from './routes/query-routes.js';
import { errorResponse, handleError } from './http-errors.js';
import { adminRoutes } from './routes/admin-routes.js';
import { authRoutes, requireCaller } from './routes/auth-routes.js';
import { ingestRoutes } from './routes/ingest-routes.js';
import { streamRoute } from './routes/stream-route.js';
import { testClockRoute } from './routes/test-clock-route.js';
import { staticFiles } from './static-files.js';
import { clientIp, createNodeListener } from './node-listener.js';
import { nodeRequestOf } from './read-body.js';
import { createTrackingReceiver } from './tracking-receiver.js';
/** Node's handler for the whole HTTP surface: the Hono app, with a fast path for server-side tracking. */
export function createHttpListener(options) {
    const receiver = createTrackingReceiver({
        ingestor: options.ingestor,
        isWriteKey: (key) => key === options.writeKey,
    });
    const app = createHttpApp(options, receiver);
    return createNodeListener({ fetch: app.fetch, receiver, trustProxy: options.trustProxy });
}
/** The whole HTTP surface: tracking API, admin API, web-app routes and the web app itself. */
function createHttpApp(options, receiver) {
    const { accounts } = options;
    const app = new Hono();
    app.onError(handleError);
    app.notFound((c) => errorResponse(c, 'E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`));
    const publicUrl = (c) => options.publicUrl ?? new URL(c.req.url).origin;
    app.get('/health', (c) => c.json({ status: 'ok' }));
    app.route('/', ingestRoutes({
        ingestor: options.ingestor,
        receiver,
        isWriteKey: (key) => key === options.writeKey,
        clientIp: (c) => honoClientIp(c, options.trustProxy),
        publicUrl,
    }));
    app.route('/api', authRoutes(accounts));
    app.use('/api/events/stream', requireCaller(accounts, { allowQueryToken: true }));
    app.route('/api', streamRoute(options.events, options.sleep));
    app.use('/api/*', requireCaller(accounts));
    app.route('/api', adminRoutes({
        events: options.events,
        profiles: options.profiles,
        setup: (origin) => ({ writeKey: options.writeKey, publicUrl: options.publicUrl ?? origin }),
    }));
    app.route('/api', queryRoutes(options.queries, options.lists));
    if (options.testClock)
        app.route('/api', testClockRoute(options.testClock));
    app.all('/api/*', (c) => errorResponse(c, 'E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`));
    app.all('/v1/*', (c) => errorResponse(c, 'E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`));
    app.get('*', staticFiles(options.webRoot));
    return app;
}
function honoClientIp(c, trustProxy) {
    const request = nodeRequestOf(c);
    return request ? clientIp(request, trustProxy) : null;
}
//# sourceMappingURL=http-app.js.map