/** Inactivity after which the next event starts a new session: 30 minutes. */
export const SESSION_GAP_MS = 30 * 60_000;
/** Longest session: an event more than 24 h after the session's first event starts a new one. */
export const SESSION_MAX_MS = 24 * 3_600_000;
/**
 * True when an event at `at` starts a new session, given the previous event of the same session at
 * `previousAt` and the session's start at `sessionStartAt`. The single rule every caller shares.
 */
export function startsNewSession(at, previousAt, sessionStartAt, gapMs = SESSION_GAP_MS, maxMs = SESSION_MAX_MS) {
    return at - previousAt > gapMs || at - sessionStartAt > maxMs;
}
/**
 * Splits every (unmasked) actor's events into sessions. One pass over the rows, no per-row
 * allocation; the session columns grow by doubling.
 *
 * @example
 * const sessions = splitSessions(table, { include: (row) => table.events[row] !== identifyCode });
 * for (let s = 0; s < sessions.count; s++) console.log(sessions.endAt[s]! - sessions.startAt[s]!);
 */
export function splitSessions(table, options = {}) {
    const { gapMs = SESSION_GAP_MS, maxMs = SESSION_MAX_MS, include, mask } = options;
    const { actorStart, timestamps } = table;
    const ofRow = new Int32Array(table.size).fill(-1);
    const columns = new SessionColumns(Math.max(16, table.size >> 3));
    let session = -1;
    for (let actor = 0; actor < table.actorCount; actor++) {
        if (mask && mask[actor] !== 1)
            continue;
        let isOpen = false;
        let startAt = 0;
        let previousAt = 0;
        let lastRow = 0;
        for (let row = actorStart[actor], end = actorStart[actor + 1]; row < end; row++) {
            if (include && !include(row))
                continue;
            const at = timestamps[row];
            if (!isOpen || startsNewSession(at, previousAt, startAt, gapMs, maxMs)) {
                // The session's end is written once, when it closes, not on every row.
                if (isOpen)
                    columns.close(lastRow, previousAt);
                isOpen = true;
                startAt = at;
                session = columns.open(actor, row, at);
            }
            previousAt = at;
            lastRow = row;
            ofRow[row] = session;
        }
        if (isOpen)
            columns.close(lastRow, previousAt);
    }
    return { ...columns.finish(), ofRow };
}
/** Growable per-session columns. */
class SessionColumns {
    count = 0;
    actor;
    firstRow;
    lastRow;
    startAt;
    endAt;
    constructor(capacity) {
        this.actor = new Int32Array(capacity);
        this.firstRow = new Int32Array(capacity);
        this.lastRow = new Int32Array(capacity);
        this.startAt = new Float64Array(capacity);
        this.endAt = new Float64Array(capacity);
    }
    /** Opens a session; returns its number. */
    open(actor, row, at) {
        if (this.count === this.actor.length)
            this.grow();
        const s = this.count++;
        this.actor[s] = actor;
        this.firstRow[s] = row;
        this.startAt[s] = at;
        return s;
    }
    /** Records the last row of the latest session. */
    close(row, at) {
        this.lastRow[this.count - 1] = row;
        this.endAt[this.count - 1] = at;
    }
    finish() {
        const n = this.count;
        return {
            count: n,
            actor: this.actor.subarray(0, n),
            firstRow: this.firstRow.subarray(0, n),
            lastRow: this.lastRow.subarray(0, n),
            startAt: this.startAt.subarray(0, n),
            endAt: this.endAt.subarray(0, n),
        };
    }
    grow() {
        const capacity = this.actor.length * 2;
        const int32 = (old) => {
            const next = new Int32Array(capacity);
            next.set(old);
            return next;
        };
        const float64 = (old) => {
            const next = new Float64Array(capacity);
            next.set(old);
            return next;
        };
        this.actor = int32(this.actor);
        this.firstRow = int32(this.firstRow);
        this.lastRow = int32(this.lastRow);
        this.startAt = float64(this.startAt);
        this.endAt = float64(this.endAt);
    }
}
//# sourceMappingURL=split-sessions.js.map