import { Worker } from 'node:worker_threads';
import { DurableGate } from './durable-gate.js';
import { decodeOutcomes, encodeWrite, } from './writer-thread-protocol.js';
import { CommitCounter } from './wal-sync-thread.js';
/**
 * An EventWriter whose transactions run on a thread of their own, so inserts, fsyncs and
 * checkpoints never block the thread that serves HTTP. With synchronous=full, a sync thread
 * fdatasyncs the WAL behind the writer, and each write resolves once its commit is synced.
 * Resolves once the threads are ready.
 */
export async function startWriterThread(options) {
    const writer = new WriterThread(options);
    await writer.started();
    return writer;
}
class WriterThread {
    options;
    inFlight = new Map();
    nextId = 1;
    closing = false;
    closed;
    thread;
    checkpointer;
    /** With synchronous=full: the sync thread, the counter it follows, and the answers waiting for it. */
    durability;
    constructor(options) {
        this.options = options;
        if (options.data.synchronous === 'full') {
            this.durability = {
                counter: new CommitCounter(),
                gate: new DurableGate((answer) => this.settle(answer), (answer, error) => this.settle(answer, error)),
            };
        }
        this.thread = this.spawn();
    }
    async started() {
        await this.thread;
        this.checkpointer = this.helper('checkpointer');
        this.checkpointer.worker.on('error', (error) => console.error('waymark: checkpointer thread failed', error));
        if (this.durability) {
            const syncer = this.startSyncer();
            this.durability.syncer = syncer;
            // Until the sync thread runs, nothing can be answered.
            await new Promise((resolve) => syncer.worker.once('message', resolve));
        }
    }
    helper(role) {
        const worker = new Worker(this.options.entry, { workerData: { ...this.threadData(), role } });
        return { worker, exited: new Promise((resolve) => worker.once('exit', resolve)) };
    }
    threadData() {
        const commits = this.durability?.counter.buffer;
        return { ...this.options.data, ...(commits ? { commits } : {}) };
    }
    /** The sync thread; replaced if it dies, after failing the answers it would have let go. */
    startSyncer() {
        const syncer = this.helper('syncer');
        const { gate } = this.durability;
        syncer.worker.on('message', (report) => {
            if (report.kind !== 'ready')
                gate.report(report);
        });
        syncer.worker.once('error', (error) => gate.failAll(error));
        syncer.worker.once('exit', () => {
            if (this.closing)
                return;
            gate.failAll(new Error('the WAL sync thread stopped'));
            this.durability.syncer = this.startSyncer();
        });
        return syncer;
    }
    async write(requests) {
        if (this.closing)
            throw new Error('the writer thread is closed');
        const worker = await this.thread;
        const id = this.nextId++;
        const message = encodeWrite(id, requests);
        return new Promise((resolve, reject) => {
            this.inFlight.set(id, { events: requests.flatMap((request) => request.events), resolve, reject });
            worker.postMessage(message, [message.numbers.buffer]);
        });
    }
    close() {
        this.closed ??= this.shutDown();
        return this.closed;
    }
    async shutDown() {
        this.closing = true;
        if (this.checkpointer) {
            this.checkpointer.worker.postMessage({ kind: 'close' });
            await this.checkpointer.exited;
        }
        const worker = await this.thread;
        const exited = new Promise((resolve) => worker.once('exit', resolve));
        worker.postMessage({ kind: 'close' });
        await exited;
        if (this.durability?.syncer) {
            await this.durability.gate.whenEmpty();
            this.durability.counter.close();
            await this.durability.syncer.exited;
        }
    }
    spawn() {
        return new Promise((resolve, reject) => {
            const worker = new Worker(this.options.entry, { workerData: { ...this.threadData(), role: 'writer' } });
            let isReady = false;
            worker.on('message', (message) => {
                if (message.kind === 'ready') {
                    isReady = true;
                    resolve(worker);
                }
                else if (message.kind === 'written' || message.kind === 'failed')
                    this.onReply(message);
            });
            worker.once('error', (error) => {
                reject(error);
                this.failAll(error);
            });
            worker.once('exit', (code) => {
                reject(new Error(`writer thread exited with code ${code} before it was ready`));
                this.failAll(new Error(`writer thread exited with code ${code}`));
                // A writer that crashed after starting is replaced; the next write waits for the new one.
                if (!this.closing && isReady) {
                    this.thread = this.spawn();
                    this.thread.catch(() => undefined);
                }
            });
        });
    }
    onReply(reply) {
        const entry = this.inFlight.get(reply.id);
        if (!entry)
            return;
        this.inFlight.delete(reply.id);
        if (reply.kind === 'failed')
            return entry.reject(new Error(`writer thread: ${reply.message}`));
        const answer = { ...entry, reply };
        if (this.durability)
            this.durability.gate.offer(reply.commit, answer);
        else
            this.settle(answer);
    }
    /**
     * Tells the listener what was committed, in commit order, then answers. A write whose fsync
     * failed is committed all the same, so the index hears of it, but its requests get an error.
     */
    settle({ events, reply, resolve, reject }, error) {
        this.options.onCommitted({
            rows: committedRows(reply, events),
            merges: reply.merges,
            links: reply.links,
        });
        if (error)
            reject(error);
        else
            resolve(decodeOutcomes(reply.outcomes));
    }
    failAll(error) {
        for (const entry of this.inFlight.values())
            entry.reject(error);
        this.inFlight.clear();
    }
}
function committedRows(reply, events) {
    const rows = [];
    for (let i = 0; i < reply.positions.length; i++) {
        rows.push({ seq: reply.seqs[i], profileId: reply.profileIds[i], event: events[reply.positions[i]] });
    }
    return rows;
}
//# sourceMappingURL=writer-thread.js.map