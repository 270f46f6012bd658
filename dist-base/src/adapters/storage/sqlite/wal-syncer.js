import fs from 'node:fs/promises';
/**
 * Makes commits durable by fdatasync of the WAL file, off the committing thread. The ingest
 * connection runs with synchronous=NORMAL, so COMMIT only writes the WAL; `sync()` then waits
 * for one fdatasync that started after the call. In WAL mode that fsync is all FULL adds, so a
 * commit acknowledged after `sync()` is as durable as under FULL, while the next transaction
 * proceeds during the fsync and one fsync covers every commit made before it began (decision 0009).
 */
export class WalSyncer {
    walFile;
    handle;
    running = false;
    waiting = [];
    constructor(walFile) {
        this.walFile = walFile;
    }
    /** Resolves once everything committed before this call is on disk. */
    sync() {
        return new Promise((resolve, reject) => {
            this.waiting.push({ resolve, reject });
            this.kick();
        });
    }
    async close() {
        while (this.running || this.waiting.length > 0)
            await this.sync().catch(() => undefined);
        await this.handle?.close();
        this.handle = undefined;
    }
    kick() {
        if (this.running || this.waiting.length === 0)
            return;
        const batch = this.waiting;
        this.waiting = [];
        this.running = true;
        this.fdatasync()
            .then(() => batch.forEach((waiter) => waiter.resolve()), (error) => batch.forEach((waiter) => waiter.reject(error)))
            .finally(() => {
            this.running = false;
            this.kick();
        });
    }
    async fdatasync() {
        this.handle ??= await fs.open(this.walFile, 'r');
        try {
            await this.handle.datasync();
        }
        catch (error) {
            // Open afresh next time rather than trust a handle that failed; this sync still fails.
            await this.handle.close().catch(() => undefined);
            this.handle = undefined;
            throw error;
        }
    }
}
//# sourceMappingURL=wal-syncer.js.map