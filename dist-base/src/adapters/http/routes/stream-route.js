import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { eventView } from '../views.js';
import { readCursor } from './admin-routes.js';
const POLL_MS = 300;
const BATCH = 200;
/**
 * The live event stream as Server-Sent Events. It follows the committed log by position, so it
 * shows exactly what is on disk, from any process that writes to the same store.
 */
export function streamRoute(events, sleep) {
    const app = new Hono();
    app.get('/events/stream', (c) => {
        const after = c.req.query('after');
        return streamSSE(c, async (stream) => {
            let last = after === undefined ? (await events.stats()).events : readCursor(after);
            let open = true;
            stream.onAbort(() => {
                open = false;
            });
            await stream.writeSSE({ event: 'ready', data: JSON.stringify({ after: last }) });
            while (open) {
                const fresh = await events.eventsAfter(last, BATCH);
                for (const event of fresh) {
                    await stream.writeSSE({
                        event: 'event',
                        id: String(event.seq),
                        data: JSON.stringify(eventView(event)),
                    });
                    last = event.seq;
                }
                if (fresh.length < BATCH)
                    await sleep(POLL_MS);
            }
        });
    });
    return app;
}
//# sourceMappingURL=stream-route.js.map