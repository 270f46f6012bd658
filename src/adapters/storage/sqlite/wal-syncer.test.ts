import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WalSyncer } from './wal-syncer.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-wal-syncer-'));
let n = 0;
/** A path in a fresh folder; the file exists only when `contents` is given. */
const walFile = (contents?: string): string => {
  const dir = path.join(root, `case-${++n}`);
  fs.mkdirSync(dir);
  const file = path.join(dir, 'waymark.db-wal');
  if (contents !== undefined) fs.writeFileSync(file, contents);
  return file;
};
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Records when each promise settles, and how. */
const track = (promises: Array<Promise<unknown>>) => {
  const states: Array<'pending' | 'resolved' | 'rejected'> = promises.map(() => 'pending');
  const settled = promises.map((promise, i) =>
    promise.then(
      () => void (states[i] = 'resolved'),
      () => void (states[i] = 'rejected'),
    ),
  );
  return { states, settled: Promise.all(settled) };
};

describe('WalSyncer', () => {
  it('syncs a file', async () => {
    const syncer = new WalSyncer(walFile('frames'));
    await expect(syncer.sync()).resolves.toBeUndefined();
    await expect(syncer.sync()).resolves.toBeUndefined();
    await syncer.close();
  });

  it('resolves every one of many concurrent syncs', async () => {
    const file = walFile('frames');
    const syncer = new WalSyncer(file);
    const calls = Array.from({ length: 50 }, (_, i) => {
      fs.appendFileSync(file, `frame ${i}\n`);
      return syncer.sync();
    });
    const { states, settled } = track(calls);
    await settled;
    expect(states.every((state) => state === 'resolved')).toBe(true);
    await syncer.close();
  });

  it('rejects while the file is missing, and syncs it once it exists', async () => {
    const file = walFile();
    const syncer = new WalSyncer(file);
    await expect(syncer.sync()).rejects.toMatchObject({ code: 'ENOENT' });
    const { states, settled } = track([syncer.sync(), syncer.sync()]);
    await settled;
    expect(states).toEqual(['rejected', 'rejected']);
    fs.writeFileSync(file, 'frames');
    await expect(syncer.sync()).resolves.toBeUndefined();
    await syncer.close();
  });

  it('closes only after the syncs it was given have settled', async () => {
    const syncer = new WalSyncer(walFile('frames'));
    const { states } = track([syncer.sync(), syncer.sync(), syncer.sync()]);
    await syncer.close();
    expect(states).toEqual(['resolved', 'resolved', 'resolved']);
  });

  it('closes after pending syncs that fail, without failing itself', async () => {
    const syncer = new WalSyncer(walFile());
    const { states } = track([syncer.sync(), syncer.sync()]);
    await expect(syncer.close()).resolves.toBeUndefined();
    expect(states).toEqual(['rejected', 'rejected']);
  });

  it('closes at once when nothing is pending', async () => {
    const syncer = new WalSyncer(walFile());
    await expect(syncer.close()).resolves.toBeUndefined();
  });
});

describe('WalSyncer with fsyncs in parallel', () => {
  /** A datasync that ends only when the test says so. */
  const controlled = () => {
    const started: Array<() => void> = [];
    const datasync = () => new Promise<void>((resolve) => started.push(resolve));
    return { started, datasync };
  };
  /** Lets pending callbacks run. */
  const turn = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 2));
  };
  /** Waits for the first fsyncs to start: opening the file takes a trip to the thread pool. */
  const until = async (done: () => boolean): Promise<void> => {
    for (let waited = 0; !done() && waited < 5_000; waited += 5)
      await new Promise((resolve) => setTimeout(resolve, 5));
    await turn();
  };

  it('starts a second fsync at once, and answers each call only after one that began after it', async () => {
    const { started, datasync } = controlled();
    const syncer = new WalSyncer(walFile('frames'), { concurrency: 2, datasync });
    const { states } = track([syncer.sync(), syncer.sync(), syncer.sync()]);
    await until(() => started.length >= 2);
    // The first call's fsync, then the second's at once; the third waits for a free slot.
    expect(started).toHaveLength(2);
    started[0]!();
    await turn();
    expect(states).toEqual(['resolved', 'pending', 'pending']);
    expect(started).toHaveLength(3);
    // The third call's own fsync ends first: it does not answer the second call.
    started[2]!();
    await turn();
    expect(states).toEqual(['resolved', 'pending', 'resolved']);
    started[1]!();
    await turn();
    expect(states).toEqual(['resolved', 'resolved', 'resolved']);
    await syncer.close();
  });

  it('runs one fsync at a time when told to, covering every call made while it ran', async () => {
    const { started, datasync } = controlled();
    const syncer = new WalSyncer(walFile('frames'), { concurrency: 1, datasync });
    const { states } = track([syncer.sync(), syncer.sync(), syncer.sync()]);
    await until(() => started.length >= 1);
    expect(started).toHaveLength(1);
    started[0]!();
    await turn();
    // The two calls made during the first fsync share the next one.
    expect(states).toEqual(['resolved', 'pending', 'pending']);
    expect(started).toHaveLength(2);
    started[1]!();
    await turn();
    expect(states).toEqual(['resolved', 'resolved', 'resolved']);
    await syncer.close();
  });

  it('opens the file once however many fsyncs start together', async () => {
    const opened = new Set<unknown>();
    const syncer = new WalSyncer(walFile('frames'), {
      concurrency: 4,
      datasync: async (handle) => void opened.add(handle),
    });
    await Promise.all(Array.from({ length: 8 }, () => syncer.sync()));
    expect(opened.size).toBe(1);
    await syncer.close();
  });
});
