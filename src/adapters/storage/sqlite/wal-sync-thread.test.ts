import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { DurableGate } from './durable-gate.js';
import { CommitCounter, runWalSyncLoop, type SyncReport } from './wal-sync-thread.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-wal-sync-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A gate over string answers that records what it let go and what it rejected, in order. */
const recordingGate = () => {
  const events: string[] = [];
  const gate = new DurableGate<string>(
    (item) => events.push(`ok ${item}`),
    (item, error) => events.push(`error ${item}: ${error.message}`),
  );
  return { gate, events };
};

describe('DurableGate', () => {
  it('holds each answer until its commit is reported durable, and lets them go in order', () => {
    const { gate, events } = recordingGate();
    gate.offer(1, 'a');
    gate.offer(2, 'b');
    gate.offer(3, 'c');
    expect(events).toEqual([]);
    gate.report({ kind: 'durable', through: 2 });
    expect(events).toEqual(['ok a', 'ok b']);
    gate.report({ kind: 'durable', through: 3 });
    gate.offer(3, 'd'); // nothing new committed: already durable
    expect(events).toEqual(['ok a', 'ok b', 'ok c', 'ok d']);
  });

  it('rejects the answers of a failed fsync, also one that arrives after the report, but not later ones', () => {
    const { gate, events } = recordingGate();
    gate.offer(1, 'a');
    gate.report({ kind: 'durable', through: 1 });
    gate.offer(2, 'b');
    gate.report({ kind: 'failed', after: 1, through: 3, message: 'EIO' });
    gate.offer(3, 'c');
    gate.offer(4, 'd');
    gate.report({ kind: 'durable', through: 4 });
    expect(events).toEqual([
      'ok a',
      'error b: fsync of the WAL failed: EIO',
      'error c: fsync of the WAL failed: EIO',
      'ok d',
    ]);
  });

  it('rejects everything it holds when nothing will report it, then counts as empty', async () => {
    const { gate, events } = recordingGate();
    gate.offer(1, 'a');
    gate.offer(2, 'b');
    const empty = gate.whenEmpty();
    gate.failAll(new Error('sync thread gone'));
    await empty;
    expect(events).toEqual(['error a: sync thread gone', 'error b: sync thread gone']);
  });
});

describe('runWalSyncLoop', () => {
  it('syncs what was committed before a close in one fsync, then stops', () => {
    const wal = path.join(root, 'closing.db-wal');
    fs.writeFileSync(wal, 'frames');
    const counter = new CommitCounter();
    counter.commit();
    counter.commit();
    counter.close();
    const reports: SyncReport[] = [];
    runWalSyncLoop(wal, counter, (report) => reports.push(report));
    expect(reports).toEqual([{ kind: 'durable', through: 2 }]);
  });

  it('reports a failed fsync with the commits it covered', () => {
    const counter = new CommitCounter();
    counter.commit();
    counter.close();
    const reports: SyncReport[] = [];
    runWalSyncLoop(path.join(root, 'missing', 'x.db-wal'), counter, (report) => reports.push(report));
    expect(reports).toEqual([
      { kind: 'failed', after: 0, through: 1, message: expect.stringContaining('ENOENT') as string },
    ]);
  });

  it('follows commits counted on another thread, waking on each', async () => {
    const wal = path.join(root, 'threads.db-wal');
    fs.writeFileSync(wal, 'frames');
    const counter = new CommitCounter();
    // The loop blocks its thread, so it runs in a worker as in the server; the test counts commits.
    const worker = new Worker(
      `const { workerData, parentPort } = require('node:worker_threads');
       const { pathToFileURL } = require('node:url');
       import(pathToFileURL(workerData.module).href).then(({ CommitCounter, runWalSyncLoop }) =>
         runWalSyncLoop(workerData.wal, new CommitCounter(workerData.buffer), (r) => parentPort.postMessage(r)));`,
      { eval: true, workerData: { module: loopModule(), wal, buffer: counter.buffer } },
    );
    const reports: SyncReport[] = [];
    let waiting: { through: number; resolve: () => void } | undefined;
    worker.on('message', (report: SyncReport) => {
      reports.push(report);
      if (waiting && report.through >= waiting.through) waiting.resolve();
    });
    const durableThrough = (through: number) =>
      new Promise<void>((resolve) => {
        waiting = { through, resolve };
        if ((reports.at(-1)?.through ?? 0) >= through) resolve();
      });
    counter.commit();
    await durableThrough(1);
    counter.commit();
    counter.commit();
    await durableThrough(3);
    counter.close();
    await new Promise((resolve) => worker.once('exit', resolve));
    // One fsync may cover several commits; none is reported twice or out of order.
    expect(reports.every((report) => report.kind === 'durable')).toBe(true);
    const throughs = reports.map((report) => report.through);
    expect(throughs[0]).toBe(1);
    expect(throughs.at(-1)).toBe(3);
    expect(throughs.every((through, i) => i === 0 || through > throughs[i - 1]!)).toBe(true);
  });
});

/** The compiled loop: a worker cannot load TypeScript. `npm test` builds dist/ first. */
function loopModule(): string {
  const file = path.resolve('dist/src/adapters/storage/sqlite/wal-sync-thread.js');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:server\` first`);
  return file;
}
