import { MAX_EVENT_BYTES, splitBatch, type EventType, type JsonObject } from '../../core/events/index.js';
import { WaymarkError } from '../../core/shared/index.js';
import type { EventIngestor, IngestOutcome } from '../../use-cases/ingest-events.js';
import { decodeJson } from './read-body.js';

/** Segment's limit on one batch request. */
export const MAX_BATCH_BYTES = 500 * 1024;

const SINGLE_ROUTES: Readonly<Record<string, EventType>> = {
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

/** What `/v1/<method>` does: take a batch, or one call of a type. */
export type TrackingRoute =
  { readonly kind: 'batch' } | { readonly kind: 'single'; readonly type: EventType };

const BATCH: TrackingRoute = { kind: 'batch' };

/** The route of a tracking method (`batch`, `t`, `identify` …), or undefined for an unknown one. */
export function trackingRoute(method: string): TrackingRoute | undefined {
  if (BATCH_ROUTES.has(method)) return BATCH;
  const type = Object.hasOwn(SINGLE_ROUTES, method) ? SINGLE_ROUTES[method] : undefined;
  return type ? { kind: 'single', type } : undefined;
}

/** The largest body a route takes, before or after inflation. */
export const bodyLimit = (route: TrackingRoute): number =>
  route.kind === 'batch' ? MAX_BATCH_BYTES : MAX_EVENT_BYTES;

/** A tracking POST as any HTTP layer sees it: bytes and a few headers. */
export interface RawTrackingRequest {
  readonly body: Buffer;
  readonly contentEncoding: string | undefined;
  readonly authorization: string | undefined;
  /** `?writeKey=` where the route allows it (beacons), else undefined. */
  readonly queryWriteKey: string | undefined;
  readonly ip: string | null;
}

export interface TrackingReceiverOptions {
  readonly ingestor: EventIngestor;
  readonly isWriteKey: (key: string) => boolean;
}

/**
 * The tracking API's POST handling apart from any HTTP framework, so the hot path can skip the
 * framework without a second copy of the rules. Resolves once the events are durable; throws a
 * WaymarkError for a request to refuse.
 */
export function createTrackingReceiver({ ingestor, isWriteKey }: TrackingReceiverOptions) {
  const authorize = (
    credentials: Pick<RawTrackingRequest, 'authorization' | 'queryWriteKey'>,
    body: unknown,
  ): void => {
    const key = basicUser(credentials.authorization) ?? bodyWriteKey(body) ?? credentials.queryWriteKey;
    if (key === undefined)
      throw new WaymarkError(
        'E_UNAUTHORIZED',
        'no write key: send it as HTTP Basic user, or as writeKey in the body',
      );
    if (!isWriteKey(key)) throw new WaymarkError('E_UNAUTHORIZED', 'unknown write key');
  };
  return {
    authorize,
    // Returns the ingest's promise rather than awaiting it, so nothing here keeps the parsed body
    // alive while the events wait for their commit.
    async receive(route: TrackingRoute, request: RawTrackingRequest): Promise<IngestOutcome> {
      const { value: body, bytes } = decodeJson(request.body, request.contentEncoding, bodyLimit(route));
      authorize(request, body);
      if (route.kind === 'single') {
        return ingestor.ingest({ items: [body], ip: request.ip, routeType: route.type, requestBytes: bytes });
      }
      const parts = splitBatch(body);
      if (!parts.ok) throw parts.error;
      return ingestor.ingest({
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

export type TrackingReceiver = ReturnType<typeof createTrackingReceiver>;

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
