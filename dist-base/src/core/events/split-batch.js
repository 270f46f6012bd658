import { WaymarkError } from '../shared/index.js';
import { isJsonObject } from './event.js';
/** Segment's limit on the number of events in one batch request. */
export const MAX_BATCH_EVENTS = 2_500;
/** Checks the outer shape of a batch body. Problems with single items are left to `normalizeEvent`. */
export function splitBatch(body) {
    if (!isJsonObject(body))
        return fail('E_BAD_REQUEST', 'body must be a JSON object', 'body');
    const { batch } = body;
    if (!Array.isArray(batch))
        return fail('E_BAD_REQUEST', 'batch must be an array of events', 'batch');
    if (batch.length > MAX_BATCH_EVENTS) {
        return fail('E_BATCH_TOO_LARGE', `batch has ${batch.length} events; the limit is ${MAX_BATCH_EVENTS}`, 'batch');
    }
    return {
        ok: true,
        value: {
            items: batch,
            ...(isJsonObject(body.context) ? { context: body.context } : {}),
            ...(isJsonObject(body.integrations) ? { integrations: body.integrations } : {}),
            ...(body.sentAt !== undefined ? { sentAt: body.sentAt } : {}),
        },
    };
}
function fail(code, message, field) {
    return { ok: false, error: new WaymarkError(code, message, { field }) };
}
//# sourceMappingURL=split-batch.js.map