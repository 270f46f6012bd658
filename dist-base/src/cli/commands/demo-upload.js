import { setTimeout as sleep } from 'node:timers/promises';
/** The server answered with an error status that retrying will not fix. */
export class UploadError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
// Below the server's 500 KB batch limit with room to spare.
const MAX_BODY_BYTES = 400 * 1024;
const MAX_ATTEMPTS = 20;
/** Sends every call through `POST /v1/batch`; resolves once the server has accepted them all. */
export async function uploadCalls(calls, target, options) {
    const bodies = batchBodies(calls, options.batchSize);
    let failed = false;
    const worker = async () => {
        for (let next = bodies.next(); !failed && !next.done; next = bodies.next()) {
            try {
                await postBatch(target, next.value.body);
            }
            catch (error) {
                failed = true;
                throw error;
            }
            options.onSent(next.value.events);
        }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
}
/** Checks that the server takes the write key, with an empty batch. */
export async function checkWriteKey(target) {
    await postBatch(target, '{"batch":[]}');
}
function* batchBodies(calls, batchSize) {
    let parts = [];
    let bytes = 0;
    for (const call of calls) {
        const json = JSON.stringify(call);
        if (parts.length >= batchSize || (parts.length > 0 && bytes + json.length > MAX_BODY_BYTES)) {
            yield { body: `{"batch":[${parts.join(',')}]}`, events: parts.length };
            parts = [];
            bytes = 0;
        }
        parts.push(json);
        bytes += json.length + 1;
    }
    if (parts.length > 0)
        yield { body: `{"batch":[${parts.join(',')}]}`, events: parts.length };
}
/** One request, retried when the server is overloaded (429/503, honouring Retry-After) or unreachable. */
async function postBatch(target, body) {
    const headers = {
        authorization: `Basic ${Buffer.from(`${target.writeKey}:`).toString('base64')}`,
        'content-type': 'application/json',
    };
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await fetch(`${target.url}/v1/batch`, { method: 'POST', headers, body });
        }
        catch (error) {
            if (attempt >= 5)
                throw new Error(`cannot reach ${target.url}: ${error instanceof Error ? error.message : error}`);
            await sleep(250 * attempt);
            continue;
        }
        const text = await response.text();
        if (response.ok)
            return;
        if ((response.status === 429 || response.status === 503) && attempt < MAX_ATTEMPTS) {
            await sleep(retryDelayMs(response.headers.get('retry-after'), attempt));
            continue;
        }
        throw new UploadError(response.status, `${response.status} from ${target.url}/v1/batch: ${errorMessage(text)}`);
    }
}
function retryDelayMs(retryAfter, attempt) {
    const seconds = Number(retryAfter);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : Math.min(5000, 100 * 2 ** attempt);
}
function errorMessage(text) {
    try {
        const parsed = JSON.parse(text);
        if (typeof parsed.error?.message === 'string')
            return parsed.error.message;
    }
    catch { }
    return text.slice(0, 200);
}
//# sourceMappingURL=demo-upload.js.map