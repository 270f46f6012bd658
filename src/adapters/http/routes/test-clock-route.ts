import { Hono } from 'hono';
import { z } from 'zod';
import {
  durationToMs,
  parseInstant,
  parseOrThrow as parse,
  toIso,
  WaymarkError,
  type Instant,
} from '../../../core/shared/index.js';
import { readJsonBody } from '../read-body.js';

const duration = z.object({
  value: z.number().positive(),
  unit: z.enum(['second', 'minute', 'hour', 'day', 'week', 'month']),
});
const body = z.union([z.object({ advance: duration }), z.object({ set: z.string() })]);

/** What the test clock route drives: the manual clock and whatever fires when time passes. */
export interface TestClockControl {
  now(): Instant;
  /** Moves the clock to `at`, firing every timer that falls due on the way, in order. */
  moveTo(at: Instant): Promise<void>;
}

/** Spec §4: only mounted when the server runs with `WAYMARK_CLOCK=manual`. */
export function testClockRoute(control: TestClockControl): Hono {
  const app = new Hono();
  app.post('/test/clock', async (c) => {
    const request = parse(body, await readJsonBody(c, 4096));
    let target: Instant;
    if ('advance' in request) target = control.now() + durationToMs(request.advance);
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
