import { Hono, type Context } from 'hono';
import type { EventStore, ProfileStore } from '../../ports/storage.js';
import type { Accounts } from '../../use-cases/accounts.js';
import type { EventIngestor } from '../../use-cases/ingest-events.js';
import type { AnalyticsQueries } from '../../use-cases/query-analytics.js';
import type { ProfileListStore } from '../../ports/analytics-source.js';
import { queryRoutes } from './routes/query-routes.js';
import { errorResponse, handleError } from './http-errors.js';
import { adminRoutes } from './routes/admin-routes.js';
import { authRoutes, requireCaller, type AuthVariables } from './routes/auth-routes.js';
import { ingestRoutes } from './routes/ingest-routes.js';
import { streamRoute } from './routes/stream-route.js';
import { testClockRoute, type TestClockControl } from './routes/test-clock-route.js';
import { staticFiles } from './static-files.js';
import { clientIp, createNodeListener } from './node-listener.js';
import { nodeRequestOf } from './read-body.js';
import { createTrackingReceiver, type TrackingReceiver } from './tracking-receiver.js';

export interface HttpAppOptions {
  readonly ingestor: EventIngestor;
  readonly events: EventStore;
  readonly profiles: ProfileStore;
  readonly accounts: Accounts;
  readonly queries: AnalyticsQueries;
  readonly lists: ProfileListStore;
  readonly writeKey: string;
  /** Base URL for links and the analytics.js settings; derived from the request when unset. */
  readonly publicUrl?: string;
  readonly trustProxy: boolean;
  /** Folder of the built web app. */
  readonly webRoot: string;
  /** Present only with the manual test clock. */
  readonly testClock?: TestClockControl;
  readonly sleep: (ms: number) => Promise<void>;
}

/** Node's handler for the whole HTTP surface: the Hono app, with a fast path for server-side tracking. */
export function createHttpListener(options: HttpAppOptions) {
  const receiver = createTrackingReceiver({
    ingestor: options.ingestor,
    isWriteKey: (key) => key === options.writeKey,
  });
  const app = createHttpApp(options, receiver);
  return createNodeListener({ fetch: app.fetch, receiver, trustProxy: options.trustProxy });
}

/** The whole HTTP surface: tracking API, admin API, web-app routes and the web app itself. */
function createHttpApp(
  options: HttpAppOptions,
  receiver: TrackingReceiver,
): Hono<{ Variables: AuthVariables }> {
  const { accounts } = options;
  const app = new Hono<{ Variables: AuthVariables }>();
  app.onError(handleError);
  app.notFound((c) => errorResponse(c, 'E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`));

  const publicUrl = (c: Context): string => options.publicUrl ?? new URL(c.req.url).origin;
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.route(
    '/',
    ingestRoutes({
      ingestor: options.ingestor,
      receiver,
      isWriteKey: (key) => key === options.writeKey,
      clientIp: (c) => honoClientIp(c, options.trustProxy),
      publicUrl,
    }),
  );

  app.route('/api', authRoutes(accounts));
  app.use('/api/events/stream', requireCaller(accounts, { allowQueryToken: true }));
  app.route('/api', streamRoute(options.events, options.sleep));
  app.use('/api/*', requireCaller(accounts));
  app.route(
    '/api',
    adminRoutes({
      events: options.events,
      profiles: options.profiles,
      setup: (origin) => ({ writeKey: options.writeKey, publicUrl: options.publicUrl ?? origin }),
    }),
  );
  app.route('/api', queryRoutes(options.queries, options.lists));
  if (options.testClock) app.route('/api', testClockRoute(options.testClock));
  app.all('/api/*', (c) => errorResponse(c, 'E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`));
  app.all('/v1/*', (c) => errorResponse(c, 'E_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`));
  app.get('*', staticFiles(options.webRoot));
  return app;
}

function honoClientIp(c: Context, trustProxy: boolean): string | null {
  const request = nodeRequestOf(c);
  return request ? clientIp(request, trustProxy) : null;
}
