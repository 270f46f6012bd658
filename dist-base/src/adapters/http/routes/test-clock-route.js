import { Hono } from 'hono';
import { z } from 'zod';
import { durationToMs, parseInstant, parseOrThrow as parse, toIso, WaymarkError, } from '../../../core/shared/index.js';
import { readJsonBody } from '../read-body.js';
const duration = z.object({
    value: z.number().positive(),
    unit: z.enum(['second', 'minute', 'hour', 'day', 'week', 'month']),
});
const body = z.union([z.object({ advance: duration }), z.object({ set: z.string() })]);
/** Spec §4: only mounted when the server runs with `WAYMARK_CLOCK=manual`. */
export function testClockRoute(control) {
    const app = new Hono();
    app.post('/test/clock', async (c) => {
        const request = parse(body, await readJsonBody(c, 4096));
        let target;
        if ('advance' in request)
            target = control.now() + durationToMs(request.advance);
        else {
            const at = parseInstant(request.set);
            if (at === undefined)
                throw new WaymarkError('E_VALIDATION', 'set must be an ISO-8601 time with a zone', { field: 'set' });
            target = at;
        }
        await control.moveTo(target);
        return c.json({ now: toIso(control.now()) });
    });
    return app;
}
//# sourceMappingURL=test-clock-route.js.map