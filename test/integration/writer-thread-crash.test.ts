import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { asMessageId } from '../../src/core/shared/index.js';
import { openSqliteStorage } from '../../src/adapters/storage/sqlite/sqlite-storage.js';
import { startWriterThread } from '../../src/adapters/storage/sqlite/writer-thread.js';
import { trackedEvent } from '../../src/ports/storage.contract.js';

const ENTRY = new URL('../fixtures/writer-thread/crash-on-first-write.mjs', import.meta.url);
const NOW = Date.parse('2026-03-01T10:00:00Z');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-writer-crash-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const track = (messageId: string) =>
  trackedEvent({ messageId: asMessageId(messageId), anonymousId: 'device-1', receivedAt: NOW });

describe('writer thread crash', () => {
  it('fails the writes in flight when the thread dies, then replaces it and stores the retry', async () => {
    const file = path.join(root, 'waymark.db');
    const storage = await openSqliteStorage({ file, now: NOW });
    const writer = await startWriterThread({
      entry: ENTRY,
      data: { file, synchronous: 'full', now: NOW },
      follower: storage.follower,
    });
    try {
      const lost = writer.write([{ events: [track('m-1')], dropped: [] }]);
      await expect(lost).rejects.toThrow(/exited with code 3/);
      // The client retries what got no 200; the new thread stores it once.
      const retried = await writer.write([{ events: [track('m-1'), track('m-2')], dropped: [] }]);
      expect(retried).toEqual([{ accepted: 2, duplicates: 0 }]);
      expect((await storage.events.stats()).events).toBe(2);
    } finally {
      await writer.close();
      await storage.close();
    }
  });
});
