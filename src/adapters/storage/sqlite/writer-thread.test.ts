import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DroppedEvent, EncodedEvent } from '../../../core/events/index.js';
import { actorEventsView } from '../../../ports/analytics-source.contract.js';
import { trackedEvent } from '../../../ports/storage.contract.js';
import {
  inlineWriterHarness,
  runEventWriterContract,
  type EventWriterHarness,
} from '../../../ports/event-writer.contract.js';
import { createMemoryStorage } from '../memory/memory-storage.js';
import type { DigestedCommit } from './event-digest.js';
import { openSqliteStorage, type SqliteStorage } from './sqlite-storage.js';
import { startWriterThread } from './writer-thread.js';

// The thread runs the compiled composition root: `npm test` builds dist/ before Vitest starts.
const ENTRY = new URL('../../../../dist/src/cli/writer-thread.js', import.meta.url);
/** Within the 48-hour deduplication window of trackedEvent's receivedAt. */
const NOW = 1_700_000_000_000;

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-writer-'));
let n = 0;
const freshFile = () => path.join(root, `db-${++n}`, 'waymark.db');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  if (!fs.existsSync(fileURLToPath(ENTRY))) {
    throw new Error(
      `${fileURLToPath(ENTRY)} is missing: the writer thread runs the compiled entry. ` +
        'Run `npm run build:server` first (`npm test` does).',
    );
  }
});

interface ThreadHarness extends EventWriterHarness {
  readonly file: string;
  readonly storage: SqliteStorage;
  /** What the thread reported as committed, in order. */
  readonly committed: DigestedCommit[];
}

async function openThread(
  file = freshFile(),
  synchronous: 'full' | 'normal' = 'full',
): Promise<ThreadHarness> {
  const storage = await openSqliteStorage({ file, now: NOW });
  const committed: ThreadHarness['committed'] = [];
  const writer = await startWriterThread({
    entry: ENTRY,
    data: { file, synchronous, now: NOW },
    follower: {
      digest: (events) => storage.follower.digest(events),
      pushCommitted: (commit) => {
        committed.push(commit);
        storage.follower.pushCommitted(commit);
      },
    },
  });
  return {
    file,
    writer,
    storage,
    committed,
    async close() {
      await writer.close();
      await storage.close();
    },
  };
}

runEventWriterContract('inline over memory storage', async () => inlineWriterHarness(createMemoryStorage()));
runEventWriterContract('inline over SQLite', async () =>
  inlineWriterHarness(await openSqliteStorage({ file: freshFile(), now: NOW })),
);
runEventWriterContract('SQLite writer thread', () => openThread());
// Without a sync thread: answered after COMMIT, as WAYMARK_SYNC=normal runs.
runEventWriterContract('SQLite writer thread, synchronous=normal', () => openThread(freshFile(), 'normal'));

const one = (events: EncodedEvent[], dropped: DroppedEvent[] = []) => [{ events, dropped }];

/** Settles to 'pending' when the promise has not settled within `ms`. */
const within = (promise: Promise<unknown>, ms: number) =>
  Promise.race([
    promise.then(
      () => 'resolved',
      () => 'rejected',
    ),
    new Promise((resolve) => setTimeout(() => resolve('pending'), ms)),
  ]);

describe('SQLite writer thread', () => {
  it('hands the main thread each row with its seq, its profile, its event digested, and the merges', async () => {
    const harness = await openThread();
    const { writer, storage, committed } = harness;
    while (storage.warmStep()) {
      // catch the event index up once: from then on it takes pushed rows
    }
    const anonymous = trackedEvent({ anonymousId: 'a1', properties: { revenue: 5 } });
    const known = trackedEvent({ userId: 'u1', properties: { revenue: '7.5', channel: 'web' } });
    await writer.write(one([anonymous]));
    await writer.write(one([known, trackedEvent({ messageId: known.messageId, userId: 'u1' })]));
    const identify = trackedEvent({ type: 'identify', event: null, userId: 'u1', anonymousId: 'a1' });
    await writer.write(one([identify]));

    const rows = committed.flatMap(rowsOf);
    expect(rows.map((row) => [row.timestamp, row.key])).toEqual([
      [anonymous.timestamp, anonymous.event],
      [known.timestamp, known.event],
      [identify.timestamp, '$identify'],
    ]);
    const stored = await storage.events.eventsAfter(0, 10);
    expect(rows.map((row) => row.seq)).toEqual(stored.map((e) => e.seq));
    const profile = (await storage.profiles.findProfile('u1'))!;
    const merges = committed.flatMap((c) => c.merges);
    expect(merges).toHaveLength(1);
    expect(merges[0]!.into).toBe(profile.id);
    expect(new Set(rows.map((row) => row.profileId))).toContain(merges[0]!.from);

    const timeline = await storage.profiles.profileEvents(profile.id, 10);
    expect(timeline.map((e) => e.messageId).sort()).toEqual(
      [anonymous, known, identify].map((e) => e.messageId).sort(),
    );
    const paths = ['revenue', 'channel'];
    await expectIndexAsReread(harness, paths, 3);
    // With the columns loaded, pushed rows carry their values.
    await writer.write(one([trackedEvent({ userId: 'u1', properties: { revenue: 2, channel: 'pos' } })]));
    await expectIndexAsReread(harness, paths, 4);
    await harness.close();
  });

  it('leaves rows digested before a column joined to the next catch-up, which reads them from the file', async () => {
    const harness = await openThread();
    const { writer, storage } = harness;
    while (storage.warmStep()) {
      // catch up once, so that rows are pushed
    }
    // `coupon` is not among the columns indexed by default: asking for it makes a new column.
    await writer.write(one([trackedEvent({ anonymousId: 'a1', properties: { coupon: 'A' } })]));
    const digestedEarly = writer.write(
      one([trackedEvent({ anonymousId: 'a2', properties: { coupon: 'B' } })]),
    );
    await storage.analytics.actorEvents({ properties: ['coupon'] });
    await digestedEarly;
    await expectIndexAsReread(harness, ['coupon'], 2);
    await harness.close();
  });

  it('reports concurrent writes in commit order, which is what keeps the event index and identity map current', async () => {
    const harness = await openThread();
    const { writer, committed } = harness;
    // Many groups in flight at once, each with a new identity, so several commits share fsyncs.
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        writer.write(one([trackedEvent({ anonymousId: `a${i}` }), trackedEvent({ userId: `u${i}` })])),
      ),
    );
    const seqs = committed.flatMap((c) => Array.from(c.rows.seqs));
    expect(seqs).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
    const links = committed.flatMap((c) => c.links.map((link) => link.seq));
    expect(links).toEqual([...links].sort((a, b) => a - b));
    expect(links).toHaveLength(80);
    await harness.close();
  });

  it('answers the writes in flight when closed; the next thread on the file sees what they stored', async () => {
    const file = freshFile();
    const harness = await openThread(file);
    const event = trackedEvent({ anonymousId: 'a1' });
    const pending = harness.writer.write(one([event], [dropOf('d1')]));
    await harness.writer.close();
    expect(await pending).toEqual([{ accepted: 1, duplicates: 0 }]);
    expect((await harness.storage.events.eventsAfter(0, 10)).map((e) => e.messageId)).toEqual([
      event.messageId,
    ]);
    expect((await harness.storage.events.recentDrops(10)).map((d) => d.messageId)).toEqual(['d1']);
    // A thread started later loads the message ids of what the closed one stored.
    const next = await startWriterThread({
      entry: ENTRY,
      data: { file, synchronous: 'full', now: NOW },
      follower: harness.storage.follower,
    });
    expect(await next.write(one([event]))).toEqual([{ accepted: 0, duplicates: 1 }]);
    await next.close();
    await harness.storage.close();
  });

  it('rejects a write made after close(), and closes once however often asked', async () => {
    const harness = await openThread();
    await harness.writer.close();
    await harness.writer.close();
    const late = harness.writer.write(one([trackedEvent({ anonymousId: 'late' })]));
    late.catch(() => undefined);
    const settled = await within(late, 1_000);
    await harness.storage.close();
    expect(settled).toBe('rejected');
  });
});

function dropOf(messageId: string): DroppedEvent {
  return {
    reason: 'missing_event',
    message: 'track needs a non-empty event name',
    messageId,
    type: 'track',
    sample: '{}',
    receivedAt: NOW,
  };
}

/** Each committed row with what the index took of its event. */
function rowsOf({ rows }: DigestedCommit) {
  return Array.from(rows.seqs, (seq, r) => {
    const at = rows.positions[r]!;
    return {
      seq,
      profileId: rows.profileIds[r]!,
      timestamp: rows.digest.timestamps[at]!,
      key: rows.digest.keys[at]!,
    };
  });
}

/** The event index the server thread keeps equals the one a fresh storage reads back from the file. */
async function expectIndexAsReread(harness: ThreadHarness, paths: string[], rows: number): Promise<void> {
  const pushed = await harness.storage.analytics.actorEvents({ properties: paths });
  expect(pushed.timestamps).toHaveLength(rows);
  const reread = await openSqliteStorage({ file: harness.file, now: NOW });
  const fresh = await reread.analytics.actorEvents({ properties: paths });
  expect(actorEventsView(pushed, paths)).toEqual(actorEventsView(fresh, paths));
  await reread.close();
}
