import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-lock-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('lockDataDir', () => {
  it('gives a data directory to one holder at a time, and to the next once released', () => {
    const dir = path.join(root, 'data');
    const first = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(expect.objectContaining({ code: 'E_STORE_IN_USE' }));
    expect(() => lockDataDir(dir)).toThrow(`the data directory ${dir} is in use by another Waymark process`);
    // The lock file alone: nothing is written, so no journal beside it.
    expect(fs.readdirSync(dir)).toEqual([LOCK_FILE]);
    first.release();
    const second = lockDataDir(dir);
    second.release();
  });

  it('creates the directory it locks', () => {
    const dir = path.join(root, 'new', 'nested');
    lockDataDir(dir).release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(true);
  });
});
