import { sortActorEvents } from './sorted-actor-events.js';
/**
 * Shop properties loaded with the log from the start, so the common reports never wait for a
 * backfill scan. Other paths load on first use and are then kept in step too.
 */
export const DEFAULT_INDEXED_PROPERTIES = ['revenue', 'total', 'cart_id', 'url', 'channel', '$name'];
/**
 * The embedded analytics read path: an in-memory columnar copy of the event log (see
 * docs/decisions/0008-analytics-index.md), caught up on every query, re-sorted only when rows or
 * merges arrived since the last query.
 */
export class SqliteAnalyticsSource {
    log;
    indexedProperties;
    sorted;
    started = false;
    constructor(log, indexedProperties = DEFAULT_INDEXED_PROPERTIES) {
        this.log = log;
        this.indexedProperties = indexedProperties;
    }
    /**
     * Builds the index one chunk at a time; true while more remains. Call it between other work
     * (the server does, from start-up) so the first report does not wait for the whole scan.
     */
    warmStep() {
        this.started = true;
        return this.log.catchUpStep() || this.log.ensureColumnsStep(this.indexedProperties);
    }
    async actorEvents(request) {
        this.start();
        this.log.catchUp();
        this.log.ensureColumns(request.properties);
        const current = this.sorted;
        // Columns loaded after the sort are gathered lazily by the sorted table, so only new rows or
        // merges call for a new sort.
        if (current && current.size === this.log.size && current.mergeVersion === this.log.mergeVersion) {
            return current.table;
        }
        const table = sortActorEvents(this.log);
        this.sorted = { table, size: this.log.size, mergeVersion: this.log.mergeVersion };
        return table;
    }
    start() {
        if (this.started)
            return;
        this.started = true;
        this.log.ensureColumns(this.indexedProperties);
    }
}
//# sourceMappingURL=sqlite-analytics-source.js.map