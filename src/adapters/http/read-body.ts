import { gunzipSync, inflateSync } from 'node:zlib';
import type { Context } from 'hono';
import { WaymarkError } from '../../core/shared/index.js';

/**
 * Reads a request body as JSON whatever its Content-Type (analytics.js sends text/plain),
 * inflating gzip or deflate, and refusing anything over `limitBytes` before or after inflation.
 */
export async function readJsonBody(c: Context, limitBytes: number): Promise<unknown> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const raw = Buffer.from(await c.req.arrayBuffer());
  if (raw.length > limitBytes) throw tooLarge(limitBytes);
  const text = decode(raw, c.req.header('content-encoding'), limitBytes).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new WaymarkError('E_INVALID_JSON', 'body is not valid JSON');
  }
}

function decode(raw: Buffer, encoding: string | undefined, limitBytes: number): Buffer {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  if (name === 'identity' || name === '') return raw;
  const inflate = name === 'gzip' ? gunzipSync : name === 'deflate' ? inflateSync : undefined;
  if (!inflate) throw new WaymarkError('E_UNSUPPORTED_ENCODING', `content-encoding ${name} is not supported; use gzip`);
  try {
    return inflate(raw, { maxOutputLength: limitBytes });
  } catch (error) {
    if (error instanceof RangeError) throw tooLarge(limitBytes);
    throw new WaymarkError('E_BAD_REQUEST', `body is not valid ${name}`);
  }
}

const tooLarge = (limitBytes: number): WaymarkError =>
  new WaymarkError('E_PAYLOAD_TOO_LARGE', `request body is larger than ${limitBytes} bytes`, { limitBytes });
