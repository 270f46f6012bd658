import fs from 'node:fs';
import { generateStore } from '../../src/core/demo/index.js';
/**
 * Request bodies made from an event stream ahead of a measurement, so the load generator only
 * writes bytes. Every event is drawn once: no body repeats a message id.
 */
export class EventPool {
    calls;
    drawn = 0;
    generationMs = 0;
    constructor(calls) {
        this.calls = calls;
    }
    /** Events drawn so far, and the seconds spent generating and serializing them. */
    get stats() {
        return { events: this.drawn, seconds: this.generationMs / 1000 };
    }
    /** `/v1/batch` bodies of `size` events each, at least `events` events in all (fewer if the stream ends). */
    batchBodies(events, size) {
        return this.timed(() => {
            const bodies = [];
            let total = 0;
            while (total < events) {
                const parts = [];
                while (parts.length < size) {
                    const call = this.next();
                    if (!call)
                        break;
                    parts.push(call.json);
                }
                if (parts.length === 0)
                    break;
                bodies.push({ bytes: Buffer.from(`{"batch":[${parts.join(',')}]}`), events: parts.length });
                total += parts.length;
            }
            return bodies;
        });
    }
    /** Single-event bodies for `/v1/t`: track calls only, since the route makes every body a track. */
    trackBodies(count) {
        return this.timed(() => {
            const bodies = [];
            while (bodies.length < count) {
                const call = this.next();
                if (!call)
                    break;
                if (call.type === 'track')
                    bodies.push({ bytes: Buffer.from(call.json), events: 1 });
            }
            return bodies;
        });
    }
    next() {
        const result = this.calls.next();
        if (result.done)
            return undefined;
        this.drawn++;
        return result.value;
    }
    timed(work) {
        const startedAt = performance.now();
        try {
            return work();
        }
        finally {
            this.generationMs += performance.now() - startedAt;
        }
    }
}
/** The demo shop's calls, as analytics.js sends them (context, campaign, products[]): ~730 bytes each. */
export function* demoCalls(options) {
    for (const call of generateStore(options))
        yield { json: JSON.stringify(call), type: call.type };
}
/** The shared benchmark's calls (`gen-events.mjs`, ~340 bytes each) from its NDJSON file, line by line. */
export function* anchorCalls(file) {
    const fd = fs.openSync(file, 'r');
    const chunk = Buffer.allocUnsafe(1 << 22);
    let rest = '';
    try {
        for (let read; (read = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0;) {
            const lines = (rest + chunk.toString('utf8', 0, read)).split('\n');
            rest = lines.pop() ?? '';
            for (const json of lines)
                if (json !== '')
                    yield { json, type: /"type":"(\w+)"/.exec(json)?.[1] ?? '' };
        }
    }
    finally {
        fs.closeSync(fd);
    }
}
//# sourceMappingURL=event-pool.js.map