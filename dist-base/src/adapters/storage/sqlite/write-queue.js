/** Runs async jobs one at a time, in submission order: SQLite has one writer. */
export class WriteQueue {
    tail = Promise.resolve();
    run(job) {
        const result = this.tail.then(job, job);
        this.tail = result.catch(() => undefined);
        return result;
    }
}
//# sourceMappingURL=write-queue.js.map