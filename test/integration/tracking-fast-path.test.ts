// The tracking fast path (node-listener.ts: POST /v1/<method> without Origin, straight from Node's
// request) and the Hono path (the same POST with an Origin, for CORS) must answer alike: the same
// status and JSON body for every request, success or error. Only the CORS headers differ.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AdminClient, readBody, type EventView } from '../support/admin-client.js';
import { removeDataDir, startServer, type ServerProcess } from '../support/server-process.js';
import { useServer } from '../support/use-server.js';
import { basicAuth, uniqueId } from '../support/tracking-client.js';

const ORIGIN = 'https://shop.example';

let server: ServerProcess;
let admin: AdminClient;

useServer((started) => ({ server, admin } = started));

type Path = 'fast' | 'hono';

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

interface Sent {
  /** Raw bytes, or a value sent as JSON. */
  readonly body: unknown;
  readonly auth?: 'basic' | 'none' | string;
  readonly gzip?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

async function send(base: ServerProcess, path: string, via: Path, sent: Sent): Promise<Answer> {
  const raw =
    typeof sent.body === 'string' || Buffer.isBuffer(sent.body)
      ? Buffer.from(sent.body)
      : Buffer.from(JSON.stringify(sent.body));
  const auth = sent.auth ?? 'basic';
  const key = auth === 'basic' ? base.writeKey : auth === 'none' ? undefined : auth;
  const response = await fetch(`${base.url}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(key === undefined ? {} : { Authorization: basicAuth(key) }),
      ...(sent.gzip ? { 'Content-Encoding': 'gzip' } : {}),
      ...(via === 'hono' ? { Origin: ORIGIN } : {}),
      ...sent.headers,
    },
    body: sent.gzip ? gzipSync(raw) : raw,
  });
  return { status: response.status, headers: response.headers, body: await readBody(response) };
}

/** Sends the request built for each path; checks both answer alike and only the Origin one has CORS. */
async function both(path: string, build: (via: Path) => Sent, fastPathTakesIt = true): Promise<Answer> {
  const fast = await send(server, path, 'fast', build('fast'));
  const hono = await send(server, path, 'hono', build('hono'));
  expect({ status: hono.status, body: hono.body }, `${path} via Hono`).toEqual({
    status: fast.status,
    body: fast.body,
  });
  expect(fast.headers.get('content-type')).toMatch(/^application\/json/);
  expect(hono.headers.get('content-type')).toMatch(/^application\/json/);
  expect(hono.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  expect(hono.headers.get('access-control-allow-credentials')).toBe('true');
  // Hono's CORS middleware sets credentials even without an Origin: its absence shows the fast path.
  expect(fast.headers.get('access-control-allow-origin')).toBeNull();
  if (fastPathTakesIt) expect(fast.headers.get('access-control-allow-credentials')).toBeNull();
  return fast;
}

function expectError(answer: Answer, status: number, code: string): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  const { error } = answer.body as { error: { code: string; message: string; details?: unknown } };
  expect(Object.keys(error).filter((key) => key !== 'details')).toEqual(['code', 'message']);
  expect(error).toMatchObject({ code, message: expect.stringMatching(/./) });
}

const track = (messageId: string, extra: Record<string, unknown> = {}) => ({
  type: 'track',
  messageId,
  anonymousId: 'fast-path',
  event: 'Fast Path Checked',
  ...extra,
});

/** Stored events by messageId, waiting until all of `ids` are there. */
async function storedAll(ids: readonly string[], client = admin): Promise<Map<string, EventView>> {
  const byId = new Map((await client.events(1000)).map((event) => [event.messageId, event]));
  const missing = ids.filter((id) => !byId.has(id));
  expect(missing, 'accepted events that are not stored').toEqual([]);
  return byId;
}

describe('same answers with and without Origin', () => {
  it('a valid batch: 200 {"success":true}, events stored either way', async () => {
    const ids = { fast: uniqueId('fp-batch'), hono: uniqueId('fp-batch') };
    const answer = await both('/v1/batch', (via) => ({
      body: { batch: [track(ids[via]), track(`${ids[via]}-2`)], context: { via } },
    }));
    expect(answer).toMatchObject({ status: 200, body: { success: true } });
    const stored = await storedAll([ids.fast, `${ids.fast}-2`, ids.hono, `${ids.hono}-2`]);
    expect(stored.get(ids.fast)?.context.via).toBe('fast');
    expect(stored.get(ids.hono)?.context.via).toBe('hono');
  });

  it('a valid single /v1/t: 200, stored as track', async () => {
    const ids = { fast: uniqueId('fp-t'), hono: uniqueId('fp-t') };
    const { type: _omit, ...call } = track('');
    const answer = await both('/v1/t', (via) => ({ body: { ...call, messageId: ids[via] } }));
    expect(answer).toMatchObject({ status: 200, body: { success: true } });
    const stored = await storedAll([ids.fast, ids.hono]);
    expect([stored.get(ids.fast)?.type, stored.get(ids.hono)?.type]).toEqual(['track', 'track']);
  });

  it('invalid JSON → 400 E_INVALID_JSON', async () => {
    expectError(await both('/v1/batch', () => ({ body: '{"batch": [' })), 400, 'E_INVALID_JSON');
    expectError(await both('/v1/track', () => ({ body: '' })), 400, 'E_INVALID_JSON');
  });

  it('an unknown write key → 401', async () => {
    const answer = await both('/v1/batch', () => ({
      body: { batch: [track(uniqueId('fp-bad'))] },
      auth: 'wk_nope',
    }));
    expectError(answer, 401, 'E_UNAUTHORIZED');
  });

  it('no write key → 401', async () => {
    const answer = await both('/v1/t', () => ({ body: track(uniqueId('fp-none')), auth: 'none' }));
    expectError(answer, 401, 'E_UNAUTHORIZED');
  });

  it('a body over 500 KB on /v1/batch → 400 E_PAYLOAD_TOO_LARGE', async () => {
    const big = { batch: [track('fp-big', { properties: { blob: 'x'.repeat(520 * 1024) } })] };
    const answer = await both('/v1/batch', () => ({ body: big }));
    expectError(answer, 400, 'E_PAYLOAD_TOO_LARGE');
  });

  it('a body that inflates past 500 KB → 400 E_PAYLOAD_TOO_LARGE', async () => {
    const big = { batch: [track('fp-bomb', { properties: { blob: 'x'.repeat(600 * 1024) } })] };
    const answer = await both('/v1/batch', () => ({ body: big, gzip: true }));
    expectError(answer, 400, 'E_PAYLOAD_TOO_LARGE');
  });

  it('an unknown encoding, a single call over 32 KB → 400 alike', async () => {
    const br = await both('/v1/t', () => ({ body: track('fp-br'), headers: { 'Content-Encoding': 'br' } }));
    expectError(br, 400, 'E_UNSUPPORTED_ENCODING');
    const big = track('fp-big-single', { properties: { blob: 'x'.repeat(40 * 1024) } });
    expectError(await both('/v1/t', () => ({ body: big })), 400, 'E_PAYLOAD_TOO_LARGE');
  });

  it('an unknown method /v1/nope → 404', async () => {
    // Not a tracking method: the fast path hands it to Hono either way.
    const answer = await both('/v1/nope', () => ({ body: track(uniqueId('fp-nope')) }), false);
    expectError(answer, 404, 'E_NOT_FOUND');
  });

  it('a gzip body → 200, stored', async () => {
    const ids = { fast: uniqueId('fp-gzip'), hono: uniqueId('fp-gzip') };
    const answer = await both('/v1/batch', (via) => ({ body: { batch: [track(ids[via])] }, gzip: true }));
    expect(answer).toMatchObject({ status: 200, body: { success: true } });
    await storedAll([ids.fast, ids.hono]);
  });

  it('writeKey in the body instead of Basic auth → 200, stored', async () => {
    const ids = { fast: uniqueId('fp-bodykey'), hono: uniqueId('fp-bodykey') };
    const answer = await both('/v1/batch', (via) => ({
      body: { writeKey: server.writeKey, batch: [track(ids[via])] },
      auth: 'none',
    }));
    expect(answer).toMatchObject({ status: 200, body: { success: true } });
    await storedAll([ids.fast, ids.hono]);
  });
});

describe('client address on the fast path', () => {
  const forwarded = { 'X-Forwarded-For': '198.51.100.7, 10.0.0.1' };

  it('stamps context.ip and ignores X-Forwarded-For by default', async () => {
    const plain = uniqueId('fp-ip');
    const proxied = uniqueId('fp-xff');
    await send(server, '/v1/track', 'fast', { body: track(plain) });
    await send(server, '/v1/track', 'fast', { body: track(proxied), headers: forwarded });
    const stored = await storedAll([plain, proxied]);
    expect(stored.get(plain)?.context.ip).toBe('127.0.0.1');
    expect(stored.get(proxied)?.context.ip).toBe('127.0.0.1');
  });

  it('uses the first X-Forwarded-For hop with WAYMARK_TRUST_PROXY=true, on both paths', async () => {
    const trusting = await startServer({ env: { WAYMARK_TRUST_PROXY: 'true' } });
    try {
      const ids = { fast: uniqueId('fp-trusted'), hono: uniqueId('fp-trusted') };
      for (const via of ['fast', 'hono'] as const) {
        const answer = await send(trusting, '/v1/track', via, { body: track(ids[via]), headers: forwarded });
        expect(answer.status).toBe(200);
      }
      const stored = await storedAll(
        [ids.fast, ids.hono],
        new AdminClient(trusting.url, trusting.adminToken),
      );
      expect(stored.get(ids.fast)?.context.ip).toBe('198.51.100.7');
      expect(stored.get(ids.hono)?.context.ip).toBe('198.51.100.7');
    } finally {
      await trusting.stop();
      removeDataDir(trusting.dataDir);
    }
  });
});
