import { gunzipSync, inflateSync } from 'node:zlib';
import { WaymarkError } from '../../core/shared/index.js';
/**
 * Reads a request body as JSON whatever its Content-Type (analytics.js sends text/plain),
 * inflating gzip or deflate, and refusing anything over `limitBytes` before or after inflation.
 */
export async function readJsonBody(c, limitBytes) {
    const raw = await readRawBody(c, limitBytes);
    return decodeJson(raw, c.req.header('content-encoding'), limitBytes).value;
}
/** The body's bytes as sent (still compressed, if it was), refused early when over the limit. */
export async function readRawBody(c, limitBytes) {
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > limitBytes)
        throw tooLarge(limitBytes);
    const incoming = nodeRequestOf(c);
    // Straight from Node's stream when there is one: the web-stream bridge costs more than the parse.
    const raw = incoming ? await readIncoming(incoming, limitBytes) : Buffer.from(await c.req.arrayBuffer());
    if (raw.length > limitBytes)
        throw tooLarge(limitBytes);
    return raw;
}
/** The Node request behind a Hono context, when it runs on @hono/node-server. */
export function nodeRequestOf(c) {
    return c.env?.incoming;
}
/** Reads a Node request body, giving up (and refusing) once it passes `limitBytes`. */
export function readIncoming(incoming, limitBytes) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let length = 0;
        incoming.on('data', (chunk) => {
            length += chunk.length;
            if (length <= limitBytes)
                chunks.push(chunk);
        });
        incoming.once('end', () => length > limitBytes
            ? reject(tooLarge(limitBytes))
            : resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length)));
        // A client that hangs up mid-body gets no answer anyway; it is not a server failure to log.
        incoming.once('error', () => reject(new WaymarkError('E_BAD_REQUEST', 'the connection closed before the body was complete')));
    });
}
/** Inflates and parses a body; `bytes` is its inflated size, which bounds every event in it. */
export function decodeJson(raw, encoding, limitBytes) {
    const body = decode(raw, encoding, limitBytes);
    try {
        return { value: JSON.parse(body.toString('utf8')), bytes: body.length };
    }
    catch {
        throw new WaymarkError('E_INVALID_JSON', 'body is not valid JSON');
    }
}
function decode(raw, encoding, limitBytes) {
    const name = (encoding ?? 'identity').trim().toLowerCase();
    if (name === 'identity' || name === '')
        return raw;
    const inflate = name === 'gzip' ? gunzipSync : name === 'deflate' ? inflateSync : undefined;
    if (!inflate)
        throw new WaymarkError('E_UNSUPPORTED_ENCODING', `content-encoding ${name} is not supported; use gzip`);
    try {
        return inflate(raw, { maxOutputLength: limitBytes });
    }
    catch (error) {
        if (error instanceof RangeError)
            throw tooLarge(limitBytes);
        throw new WaymarkError('E_BAD_REQUEST', `body is not valid ${name}`);
    }
}
export const tooLarge = (limitBytes) => new WaymarkError('E_PAYLOAD_TOO_LARGE', `request body is larger than ${limitBytes} bytes`, { limitBytes });
//# sourceMappingURL=read-body.js.map