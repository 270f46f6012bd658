import { runCheckpointer } from './checkpointer.js';
import { openSqliteIngestStore } from './sqlite-storage.js';
import { decodeWrite, encodeOutcomes, } from './writer-thread-protocol.js';
import { CommitCounter, runWalSyncLoop } from './wal-sync-thread.js';
/** How often the checkpointer thread copies the WAL into the database. */
const CHECKPOINT_EVERY_MS = 100;
/**
 * The writer thread's side: opens the ingest store and commits each group it is sent, in order,
 * answering each once committed with its commit's number; the server holds the answer until the
 * sync thread has synced that commit. Closes the database when told to, after pending writes.
 */
export function serveWriterThread(port, data, makeWriter) {
    const counter = data.commits ? new CommitCounter(data.commits) : undefined;
    const rows = new CommittedRows(counter);
    const ingest = openSqliteIngestStore({
        ...data,
        externalCheckpoints: true,
        externalSync: counter !== undefined,
        onCommitted: rows.listener,
    });
    const writer = makeWriter(ingest.store);
    const pending = new Set();
    const write = async (message) => {
        const requests = decodeWrite(message);
        try {
            const outcomes = await writer.write(requests);
            const committed = rows.of(requests);
            port.postMessage(writtenReply(message.id, outcomes, requests, committed));
        }
        catch (error) {
            const text = error instanceof Error ? error.message : String(error);
            port.postMessage({ kind: 'failed', id: message.id, message: text });
        }
    };
    const close = async () => {
        await Promise.all(pending);
        await writer.close();
        await ingest.close();
        port.postMessage({ kind: 'closed' });
        port.close();
    };
    port.on('message', (message) => {
        if (message.kind === 'close')
            return void close();
        const done = write(message).finally(() => pending.delete(done));
        pending.add(done);
    });
    port.postMessage({ kind: 'ready' });
}
/**
 * What each write committed, numbered for the sync thread. One transaction commits one message's
 * events: its first row says whose.
 */
class CommittedRows {
    counter;
    byFirstEvent = new WeakMap();
    constructor(counter) {
        this.counter = counter;
    }
    listener = (commit) => {
        const number = this.counter?.commit() ?? 0;
        if (commit.rows.length > 0)
            this.byFirstEvent.set(commit.rows[0].event, { ...commit, number });
    };
    of(requests) {
        for (const request of requests)
            for (const event of request.events) {
                const found = this.byFirstEvent.get(event);
                if (found)
                    return found;
            }
        // Nothing new (all duplicates): the events it repeats may be in a commit not yet synced.
        return { rows: [], merges: [], links: [], number: this.counter?.latest() ?? 0 };
    }
}
function writtenReply(id, outcomes, requests, { rows, merges, links, number }) {
    return {
        kind: 'written',
        id,
        commit: number,
        outcomes: encodeOutcomes(outcomes),
        positions: positionsOf(rows, requests),
        seqs: Float64Array.from(rows, (row) => row.seq),
        profileIds: rows.map((row) => row.profileId),
        merges,
        links,
    };
}
/** Where each committed row's event sits in the message: rows keep the events' order, less duplicates. */
function positionsOf(rows, requests) {
    const positions = new Int32Array(rows.length);
    let row = 0;
    let at = 0;
    for (const request of requests)
        for (const event of request.events) {
            if (row < rows.length && rows[row].event === event)
                positions[row++] = at;
            at++;
        }
    if (row !== rows.length)
        throw new Error('committed rows are not in the order of their events');
    return positions;
}
/** The sync thread's side: fsyncs the WAL after commits until the counter is closed. */
export function serveSyncThread(port, data) {
    if (!data.commits)
        throw new Error('the sync thread needs the shared commit counter');
    port.postMessage({ kind: 'ready' });
    runWalSyncLoop(`${data.file}-wal`, new CommitCounter(data.commits), (report) => port.postMessage(report));
    port.close();
}
/** The checkpointer thread's side: checkpoints until told to close. */
export function serveCheckpointer(port, data) {
    const checkpointer = runCheckpointer(data.file, CHECKPOINT_EVERY_MS);
    port.on('message', () => {
        checkpointer.stop();
        port.close();
    });
}
//# sourceMappingURL=writer-thread-worker.js.map