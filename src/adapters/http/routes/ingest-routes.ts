import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { MAX_EVENT_BYTES, splitBatch, type EventType, type JsonObject } from '../../../core/events/index.js';
import { WaymarkError } from '../../../core/shared/index.js';
import type { EventIngestor } from '../../../use-cases/ingest-events.js';
import { readJson } from '../read-body.js';
import { pixelCall, PIXEL_GIF } from './pixel-call.js';

/** Segment's limit on one batch request. */
const MAX_BATCH_BYTES = 500 * 1024;

const SINGLE_ROUTES: Record<string, EventType> = {
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

export interface IngestRoutesOptions {
  readonly ingestor: EventIngestor;
  readonly isWriteKey: (key: string) => boolean;
  /** The address of the client of a request (socket, or X-Forwarded-For when trusted). */
  readonly clientIp: (c: Context) => string | null;
  /** Base URL clients reach us at, for the analytics.js settings route. */
  readonly publicUrl: (c: Context) => string;
}

/** The Segment-compatible tracking API (spec §1). */
export function ingestRoutes(options: IngestRoutesOptions): Hono {
  const { ingestor, isWriteKey, clientIp, publicUrl } = options;
  const app = new Hono();
  // Browsers send events from the shop's own origin; the write key, not the origin, authorises.
  const trackingCors = cors({
    origin: (origin) => origin,
    allowHeaders: ['Authorization', 'Content-Type', 'X-Retry-Count', 'AnonymousId'],
    maxAge: 86_400,
    credentials: true,
  });
  for (const path of ['/v1/*', '/beacon/*', '/pixel/*']) app.use(path, trackingCors);

  const authorize = (c: Context, body: unknown, allowQuery: boolean): void => {
    const key =
      basicUser(c.req.header('authorization')) ??
      bodyWriteKey(body) ??
      (allowQuery ? c.req.query('writeKey') : undefined);
    if (key === undefined)
      throw new WaymarkError(
        'E_UNAUTHORIZED',
        'no write key: send it as HTTP Basic user, or as writeKey in the body',
      );
    if (!isWriteKey(key)) throw new WaymarkError('E_UNAUTHORIZED', 'unknown write key');
  };

  const receiveBatch = async (c: Context, allowQueryKey: boolean) => {
    const { value: body, bytes } = await readJson(c, MAX_BATCH_BYTES);
    authorize(c, body, allowQueryKey);
    const parts = splitBatch(body);
    if (!parts.ok) throw parts.error;
    await ingestor.ingest({
      items: parts.value.items,
      ip: clientIp(c),
      requestBytes: bytes,
      ...(parts.value.context ? { batchContext: parts.value.context } : {}),
      ...(parts.value.integrations ? { batchIntegrations: parts.value.integrations } : {}),
      ...(parts.value.sentAt !== undefined ? { batchSentAt: parts.value.sentAt } : {}),
    });
    return c.json({ success: true });
  };

  app.post('/v1/:method', async (c) => {
    const method = c.req.param('method');
    if (BATCH_ROUTES.has(method)) return receiveBatch(c, false);
    const routeType = SINGLE_ROUTES[method];
    if (!routeType) throw new WaymarkError('E_NOT_FOUND', `no tracking method ${method}`);
    const { value: body, bytes } = await readJson(c, MAX_EVENT_BYTES);
    authorize(c, body, false);
    await ingestor.ingest({ items: [body], ip: clientIp(c), routeType, requestBytes: bytes });
    return c.json({ success: true });
  });

  app.post('/beacon/v1/batch', (c) => receiveBatch(c, true));

  const pixel = async (c: Context) => {
    const method = c.req.param('method');
    if (method !== 'track' && method !== 'page')
      throw new WaymarkError('E_NOT_FOUND', `no pixel method ${method}`);
    const call = pixelCall(c.req.query());
    authorize(c, call, true);
    await ingestor.ingest({ items: [call], ip: clientIp(c), routeType: method });
    return c.body(PIXEL_GIF, 200, { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store, max-age=0' });
  };
  app.get('/v1/pixel/:method', pixel);
  app.get('/pixel/v1/:method', pixel);

  app.get('/v1/projects/:writeKey/settings', (c) => {
    const writeKey = c.req.param('writeKey');
    if (!isWriteKey(writeKey)) throw new WaymarkError('E_NOT_FOUND', 'unknown write key');
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

/** The user part of `Authorization: Basic base64(user:password)`. */
function basicUser(header: string | undefined): string | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const user = decoded.includes(':') ? decoded.slice(0, decoded.indexOf(':')) : decoded;
  return user === '' ? undefined : user;
}

function bodyWriteKey(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const key = (body as JsonObject).writeKey;
  return typeof key === 'string' && key !== '' ? key : undefined;
}
