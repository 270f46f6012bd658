import { WaymarkError } from '../core/shared/index.js';
import { normalizeEvent, } from '../core/events/index.js';
/**
 * Builds the ingest path. Requests are validated as they arrive; their events wait for the next
 * group commit, which writes every waiting request in one transaction (one fsync for many requests).
 */
export function createEventIngestor(options) {
    const { writer, clock, ids, defer } = options;
    const maxPending = options.maxPendingEvents ?? 100_000;
    const maxInFlight = options.maxWritesInFlight ?? 1;
    const groupEvents = options.groupEvents ?? Number.POSITIVE_INFINITY;
    let queue = [];
    let queuedEvents = 0;
    let inFlight = 0;
    /** Events in writes not yet finished: they count towards the overload limit too. */
    let writingEvents = 0;
    let scheduled = false;
    const idle = [];
    const schedule = () => {
        if (scheduled || inFlight >= maxInFlight)
            return;
        scheduled = true;
        defer(() => {
            scheduled = false;
            if (queue.length > 0) {
                // A full group may have taken the last slot since this turn was scheduled; the write
                // that frees a slot schedules again.
                if (inFlight < maxInFlight)
                    void flush();
            }
            else if (inFlight === 0)
                idle.splice(0).forEach((wake) => wake());
        });
    };
    const flush = async () => {
        const batch = queue;
        const events = queuedEvents;
        queue = [];
        queuedEvents = 0;
        inFlight++;
        writingEvents += events;
        try {
            const outcomes = await writer.write(batch);
            batch.forEach((pending, i) => pending.settle({ ok: true, outcome: { ...outcomes[i], dropped: pending.dropped } }));
        }
        catch (error) {
            for (const pending of batch)
                pending.settle({ ok: false, error });
        }
        finally {
            inFlight--;
            writingEvents -= events;
            schedule();
        }
    };
    return {
        ingest(request) {
            if (queuedEvents + writingEvents >= maxPending) {
                return Promise.reject(new WaymarkError('E_OVERLOADED', 'too many events waiting to be written; retry shortly'));
            }
            const { events, dropped } = validate(request, clock.now(), ids);
            return new Promise((resolve, reject) => {
                queue.push({
                    events,
                    dropped,
                    settle: (result) => (result.ok ? resolve(result.outcome) : reject(result.error)),
                });
                queuedEvents += events.length;
                if (queuedEvents >= groupEvents && inFlight < maxInFlight)
                    void flush();
                else
                    schedule();
            });
        },
        drain() {
            if (queue.length === 0 && inFlight === 0 && !scheduled)
                return Promise.resolve();
            return new Promise((resolve) => idle.push(resolve));
        },
    };
}
function validate(request, receivedAt, ids) {
    const envelope = {
        receivedAt,
        ip: request.ip,
        newMessageId: () => ids.messageId(),
        ...(request.routeType ? { routeType: request.routeType } : {}),
        ...(request.batchContext ? { batchContext: request.batchContext } : {}),
        ...(request.batchIntegrations ? { batchIntegrations: request.batchIntegrations } : {}),
        ...(request.batchSentAt !== undefined ? { batchSentAt: request.batchSentAt } : {}),
        ...(request.requestBytes !== undefined ? { requestBytes: request.requestBytes } : {}),
    };
    const events = [];
    const dropped = [];
    for (const item of request.items) {
        const result = normalizeEvent(item, envelope);
        if (result.ok)
            events.push(result.value);
        else
            dropped.push(describeDrop(item, result.error, receivedAt, request.routeType));
    }
    return { events, dropped };
}
function describeDrop(item, { reason, message }, receivedAt, routeType) {
    const record = typeof item === 'object' && item !== null ? item : {};
    const text = (value) => (typeof value === 'string' ? value.slice(0, 100) : null);
    let sample;
    try {
        sample = JSON.stringify(item)?.slice(0, 500) ?? String(item);
    }
    catch {
        sample = String(item).slice(0, 500);
    }
    return {
        reason,
        message,
        messageId: text(record.messageId),
        type: routeType ?? text(record.type),
        sample,
        receivedAt,
    };
}
//# sourceMappingURL=ingest-events.js.map