import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { errorPayload } from './http-errors.js';
import { readIncoming, tooLarge } from './read-body.js';
import { bodyLimit, trackingRoute, type TrackingReceiver, type TrackingRoute } from './tracking-receiver.js';

export interface NodeListenerOptions {
  /** The Hono app's fetch: every request the fast path does not take. */
  readonly fetch: Parameters<typeof getRequestListener>[0];
  readonly receiver: TrackingReceiver;
  readonly trustProxy: boolean;
}

const SUCCESS = Buffer.from('{"success":true}');

/**
 * Node's request handler. Server-side tracking POSTs (`/v1/<method>` without an Origin) go
 * straight to the tracking receiver: at tens of thousands of events a second the Request and
 * Response objects of the web bridge cost more than parsing the events. Everything else, browser
 * calls with their CORS headers included, goes to the Hono app. Both end in the same receiver.
 */
export function createNodeListener(options: NodeListenerOptions) {
  const hono = getRequestListener(options.fetch);
  return (request: IncomingMessage, response: ServerResponse): void => {
    const route = fastRoute(request);
    if (route) void receive(route, request, response, options);
    else void hono(request, response);
  };
}

function fastRoute(request: IncomingMessage): TrackingRoute | undefined {
  if (request.method !== 'POST' || request.headers.origin !== undefined) return undefined;
  const url = request.url ?? '';
  if (!url.startsWith('/v1/')) return undefined;
  const query = url.indexOf('?');
  return trackingRoute(url.slice(4, query === -1 ? undefined : query));
}

async function receive(
  route: TrackingRoute,
  request: IncomingMessage,
  response: ServerResponse,
  { receiver, trustProxy }: NodeListenerOptions,
): Promise<void> {
  try {
    const limit = bodyLimit(route);
    if (Number(request.headers['content-length'] ?? 0) > limit) throw tooLarge(limit);
    await receiver.receive(route, {
      body: await readIncoming(request, limit),
      contentEncoding: request.headers['content-encoding'],
      authorization: request.headers.authorization,
      queryWriteKey: undefined,
      ip: clientIp(request, trustProxy),
    });
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': SUCCESS.length });
    response.end(SUCCESS);
  } catch (error) {
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
export function clientIp(request: IncomingMessage, trustProxy: boolean): string | null {
  if (trustProxy) {
    const header = request.headers['x-forwarded-for'];
    const forwarded = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return request.socket.remoteAddress ?? null;
}
