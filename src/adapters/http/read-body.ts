import { gunzipSync, inflateSync } from 'node:zlib';
import type { Context } from 'hono';
import { WaymarkError } from '../../core/shared/index.js';

/**
 * Reads a request body as JSON whatever its Content-Type (analytics.js sends text/plain),
 * inflating gzip or deflate, and refusing anything over `limitBytes` before or after inflation.
 */
export async function readJsonBody(c: Context, limitBytes: number): Promise<unknown> {
  return (await readJson(c, limitBytes)).value;
}

/** `readJsonBody` with the size of the (inflated) body, which bounds the size of every event in it. */
export async function readJson(c: Context, limitBytes: number): Promise<{ value: unknown; bytes: number }> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const raw = Buffer.from(await c.req.arrayBuffer());
  if (raw.length > limitBytes) throw tooLarge(limitBytes);
  const body = decode(raw, c.req.header('content-encoding'), limitBytes);
  try {
    return { value: JSON.parse(body.toString('utf8')), bytes: body.length };
  } catch {
    throw new WaymarkError('E_INVALID_JSON', 'body is not valid JSON');
  }
}

function decode(raw: Buffer, encoding: string | undefined, limitBytes: number): Buffer {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  if (name === 'identity' || name === '') return raw;
  const inflate = name === 'gzip' ? gunzipSync : name === 'deflate' ? inflateSync : undefined;
  if (!inflate)
    throw new WaymarkError('E_UNSUPPORTED_ENCODING', `content-encoding ${name} is not supported; use gzip`);
  try {
    return inflate(raw, { maxOutputLength: limitBytes });
  } catch (error) {
    if (error instanceof RangeError) throw tooLarge(limitBytes);
    throw new WaymarkError('E_BAD_REQUEST', `body is not valid ${name}`);
  }
}

const tooLarge = (limitBytes: number): WaymarkError =>
  new WaymarkError('E_PAYLOAD_TOO_LARGE', `request body is larger than ${limitBytes} bytes`, { limitBytes });
