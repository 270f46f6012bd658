/** The machine's clock. */
export const systemClock = { now: () => Date.now() };
/** A clock that moves only when told to: the server's test clock (`WAYMARK_CLOCK=manual`) and tests. */
export class ManualClock {
    current;
    constructor(current) {
        this.current = current;
    }
    now() {
        return this.current;
    }
    set(at) {
        this.current = at;
    }
    advance(ms) {
        this.current += ms;
    }
}
//# sourceMappingURL=system-clock.js.map