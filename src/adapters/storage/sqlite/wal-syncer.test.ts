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
