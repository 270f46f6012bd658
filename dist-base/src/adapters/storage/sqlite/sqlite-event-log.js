import { CALL_KEYS } from '../../../core/analytics/index.js';
import { GrowableFloat64, GrowableInt32, Interner } from './growable.js';
/** Rows read from the event log per statement step while catching up. */
const TAIL_CHUNK = 100_000;
/**
 * The event log as columns in seq order, kept in step with SQLite by following `seq` and the
 * merge log. Profiles are interned to raw actor numbers; merges join raw actors (union-find).
 * Rebuilt from the database on start: the database stays the only source of truth.
 */
export class SqliteEventLog {
    db;
    timestamps = new GrowableFloat64();
    /** Position of each row in the events table, to fetch whole events for a profile's timeline. */
    seqs = new GrowableFloat64();
    /** Previous row of the same raw actor (-1 at the first): a chain per raw actor, newest last. */
    previousRow = new GrowableInt32();
    lastRowOfRaw = new GrowableInt32();
    /** Raw actors joined into each union-find root, so a merged profile's rows can be walked. */
    members = new Map();
    rawActors = new GrowableInt32();
    events = new GrowableInt32();
    profiles = new Interner();
    eventKeys = new Interner();
    columns = new Map();
    /** Union-find parent per raw actor. */
    parent = new GrowableInt32();
    lastSeq = 0;
    lastMergeId = 0;
    /** Increases whenever a merge changes which actor a row belongs to. */
    mergeVersion = 0;
    /** Set by the first catch-up: from then on, rows committed in this process are pushed in. */
    isLive = false;
    mergeTail;
    tailStatement;
    backfill;
    constructor(db) {
        this.db = db;
        this.mergeTail = db.prepare('SELECT id, from_id, into_id FROM profile_merges WHERE id > ? ORDER BY id');
    }
    get size() {
        return this.timestamps.length;
    }
    /** The seqs of a profile's events across every profile merged into it, newest first by time. */
    profileSeqs(profileId, limit) {
        const raw = this.profiles.lookup(profileId);
        if (raw === undefined)
            return [];
        const root = this.find(raw);
        const rows = [];
        for (const member of this.members.get(root) ?? [root]) {
            for (let row = this.lastRowOfRaw.data[member]; row >= 0; row = this.previousRow.data[row])
                rows.push(row);
        }
        const ts = this.timestamps.data;
        rows.sort((a, b) => ts[b] - ts[a] || b - a);
        return rows.slice(0, limit).map((row) => this.seqs.data[row]);
    }
    /** First and last event time of a profile (merged ones included), or undefined without events. */
    profileSeen(profileId) {
        const raw = this.profiles.lookup(profileId);
        if (raw === undefined)
            return undefined;
        const root = this.find(raw);
        let first = Infinity;
        let last = -Infinity;
        const ts = this.timestamps.data;
        for (const member of this.members.get(root) ?? [root]) {
            for (let row = this.lastRowOfRaw.data[member]; row >= 0; row = this.previousRow.data[row]) {
                if (ts[row] < first)
                    first = ts[row];
                if (ts[row] > last)
                    last = ts[row];
            }
        }
        return first === Infinity ? undefined : { first, last };
    }
    /** Reads every event and merge committed since the last call. */
    catchUp() {
        while (this.catchUpStep()) {
            // keep reading
        }
    }
    /** Reads one chunk of the log; true while more may follow (lets a caller yield between chunks). */
    catchUpStep() {
        if (this.tailEvents() === TAIL_CHUNK)
            return true;
        for (const row of this.mergeTail.raw().iterate(this.lastMergeId)) {
            this.applyMerge(row[0], row[1], row[2]);
        }
        this.isLive = true;
        return false;
    }
    /**
     * Takes rows and merges this process has just committed, so the log stays current without
     * reading them back. Ignored until the log has caught up once, or when anything is missing in
     * between: the next catch-up then reads it from the database.
     */
    pushCommitted(events, merges) {
        if (!this.isLive)
            return;
        if (events.length > 0 && events[0].seq === this.lastSeq + 1) {
            const columns = [...this.columns].map(([path, column]) => [pathReader(path), column]);
            for (const { seq, profileId, event } of events) {
                this.appendRow(seq, profileId, event.timestamp, event.type, event.event);
                for (const [read, column] of columns)
                    appendValue(column, read(event));
            }
        }
        if (merges.length > 0 && merges[0].id === this.lastMergeId + 1) {
            for (const merge of merges)
                this.applyMerge(merge.id, merge.from, merge.into);
        }
    }
    applyMerge(id, from, into) {
        this.union(this.actorOf(from), this.actorOf(into));
        this.lastMergeId = id;
        this.mergeVersion++;
    }
    appendRow(seq, profileId, timestamp, type, event) {
        const actor = this.actorOf(profileId);
        this.previousRow.push(this.lastRowOfRaw.data[actor]);
        this.lastRowOfRaw.data[actor] = this.timestamps.length;
        this.timestamps.push(timestamp);
        this.seqs.push(seq);
        this.rawActors.push(actor);
        this.events.push(this.eventKeys.intern(eventKey(type, event)));
        this.lastSeq = seq;
    }
    /** Loads the columns of property paths not loaded yet, for every row read so far. */
    ensureColumns(paths) {
        while (this.ensureColumnsStep(paths)) {
            // keep reading
        }
    }
    /**
     * Back-fills one chunk of the columns of `paths` not loaded yet; true while more may follow.
     * A column joins the log (and is then followed like the rest) once it reaches the last row.
     */
    ensureColumnsStep(paths) {
        const missing = [...new Set(paths)].filter((path) => !this.columns.has(path));
        if (missing.length === 0)
            return false;
        const key = missing.join('\u0000');
        if (this.backfill?.key !== key) {
            const sql = `SELECT seq, ${missing.map(selectOf).join(', ')} FROM events WHERE seq > ? ORDER BY seq LIMIT ?`;
            this.backfill = {
                key,
                paths: missing,
                columns: missing.map(newColumn),
                lastSeq: 0,
                rows: 0,
                statement: this.db.prepare(sql).raw(),
            };
        }
        const fill = this.backfill;
        const bindings = missing.flatMap(bindingsOf);
        const limit = Math.min(TAIL_CHUNK, this.size - fill.rows);
        for (const row of fill.statement.iterate(...bindings, fill.lastSeq, limit)) {
            for (let i = 0; i < fill.columns.length; i++)
                appendValue(fill.columns[i], row[1 + i]);
            fill.lastSeq = row[0];
            fill.rows++;
        }
        if (fill.rows < this.size)
            return true;
        if (fill.lastSeq !== this.lastSeq)
            throw new Error(`event index out of step at seq ${fill.lastSeq} / ${this.lastSeq}`);
        fill.paths.forEach((path, i) => this.columns.set(path, fill.columns[i]));
        this.backfill = undefined;
        this.tailStatement = undefined;
        return false;
    }
    /** The canonical raw actor of a raw actor after merges. */
    find(actor) {
        const parent = this.parent.data;
        let root = actor;
        while (parent[root] !== root)
            root = parent[root];
        while (parent[actor] !== root) {
            const next = parent[actor];
            parent[actor] = root;
            actor = next;
        }
        return root;
    }
    tailEvents() {
        const paths = [...this.columns.keys()];
        const statement = this.tail(paths);
        const columns = paths.map((path) => this.columns.get(path));
        let read = 0;
        const bindings = paths.flatMap(bindingsOf);
        for (const row of statement.iterate(...bindings, this.lastSeq, TAIL_CHUNK)) {
            const [seq, profileId, timestamp, type, event] = row;
            this.appendRow(seq, profileId, timestamp, type, event);
            for (let i = 0; i < columns.length; i++)
                appendValue(columns[i], row[5 + i]);
            read++;
        }
        return read;
    }
    tail(paths) {
        const key = paths.join('\u0000');
        if (this.tailStatement?.key !== key) {
            const extra = paths.map((path) => `, ${selectOf(path)}`).join('');
            const sql = `SELECT seq, profile_id, timestamp, type, event${extra} FROM events WHERE seq > ? ORDER BY seq LIMIT ?`;
            this.tailStatement = { key, statement: this.db.prepare(sql).raw() };
        }
        return this.tailStatement.statement;
    }
    actorOf(profileId) {
        const actor = this.profiles.intern(profileId);
        while (this.parent.length <= actor) {
            this.parent.push(this.parent.length);
            this.lastRowOfRaw.push(-1);
        }
        return actor;
    }
    union(from, into) {
        const a = this.find(from);
        const b = this.find(into);
        if (a === b)
            return;
        this.parent.data[a] = b;
        const joined = [...(this.members.get(b) ?? [b]), ...(this.members.get(a) ?? [a])];
        this.members.delete(a);
        this.members.set(b, joined);
    }
}
/** The event key of a row: the track name, or the call's reserved key. */
function eventKey(type, event) {
    if (type === 'track')
        return event ?? '';
    return CALL_KEYS[type] ?? `$${type}`;
}
const newColumn = () => ({
    numbers: new GrowableFloat64(),
    codes: new GrowableInt32(),
    strings: new Interner(),
});
/** SQL reading one property path: the page name has its own column; the rest live in the payload. */
function selectOf(path) {
    return path === '$name' ? 'name' : 'json_extract(payload, ?)';
}
function bindingsOf(path) {
    if (path === '$name')
        return [];
    const [head, ...rest] = path.split('.');
    const parts = head === 'context' || head === 'traits' ? [head, ...rest] : ['properties', head, ...rest];
    return [`$${parts.map((part) => `."${part.replace(/"/g, '""')}"`).join('')}`];
}
/**
 * Reads a property path from an event in memory the way json_extract reads it from the stored
 * payload: booleans as 1 and 0, objects and arrays as JSON text.
 */
function pathReader(path) {
    if (path === '$name')
        return (event) => event.name;
    const [head, ...rest] = path.split('.');
    const root = head === 'context' || head === 'traits' ? head : 'properties';
    const parts = root === 'properties' ? [head, ...rest] : rest;
    return (event) => {
        let value = event[root];
        for (const part of parts) {
            if (typeof value !== 'object' || value === null)
                return undefined;
            value = value[part];
        }
        if (typeof value === 'boolean')
            return value ? 1 : 0;
        if (typeof value === 'object' && value !== null)
            return JSON.stringify(value);
        return value;
    };
}
function appendValue(column, value) {
    if (value === null || value === undefined) {
        column.numbers.push(Number.NaN);
        column.codes.push(-1);
        return;
    }
    if (typeof value === 'number')
        column.numbers.push(value);
    else if (typeof value === 'bigint')
        column.numbers.push(Number(value));
    else {
        const text = String(value).trim();
        const parsed = text === '' ? Number.NaN : Number(text);
        column.numbers.push(Number.isFinite(parsed) ? parsed : Number.NaN);
    }
    column.codes.push(column.strings.intern(String(value)));
}
//# sourceMappingURL=sqlite-event-log.js.map