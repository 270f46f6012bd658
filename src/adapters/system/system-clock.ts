import type { Instant } from '../../core/shared/index.js';
import type { Clock } from '../../ports/clock.js';

/** The machine's clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that moves only when told to: the server's test clock (`WAYMARK_CLOCK=manual`) and tests. */
export class ManualClock implements Clock {
  constructor(private current: Instant) {}

  now(): Instant {
    return this.current;
  }

  set(at: Instant): void {
    this.current = at;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
