// "A 200 means the accepted events are durable" (spec §1): stream batches from several senders,
// SIGKILL the server mid-stream, restart it on the same data directory, and check that every
// acknowledged event is stored exactly once. Then replay everything acknowledged: still once.
//
// The kill points come from a seeded generator; set CRASH_SEED to replay a run.
import { afterAll, describe, expect, it } from 'vitest';
import { AdminClient } from '../support/admin-client.js';
import { makeDataDir, removeDataDir, startServer, type ServerProcess } from '../support/server-process.js';
import { duplicateMessageIds, storedMessageIds, withDatabase } from '../support/sqlite-peek.js';
import { post } from '../support/tracking-client.js';
import { SeededRandom } from '../../src/core/demo/index.js';

const SEED = Number(process.env.CRASH_SEED ?? 20_260_301);
const ROUNDS = 3;
const SENDERS = 4;
const BATCH_SIZE = 50;

const rng = new SeededRandom(SEED);
const random = (): number => rng.next();
const killPoints = Array.from({ length: ROUNDS }, () => 50 + Math.floor(random() * 351));
console.log(
  `crash-safety: CRASH_SEED=${SEED}, kill points ${killPoints.join(', ')} ms after the stream starts`,
);

interface Batch {
  readonly body: { batch: Array<Record<string, unknown>> };
  readonly messageIds: readonly string[];
}

/** 50 events with unique ids; some identify calls so that profiles merge while the server dies. */
function makeBatch(round: number, sender: number, n: number): Batch {
  const messageIds: string[] = [];
  const batch = Array.from({ length: BATCH_SIZE }, (_, i) => {
    const messageId = `crash-r${round}-s${sender}-b${n}-e${i}`;
    messageIds.push(messageId);
    const anonymousId = `crash-anon-${sender}-${(n * BATCH_SIZE + i) % 37}`;
    if (i % 10 === 9) {
      return {
        type: 'identify',
        messageId,
        anonymousId,
        userId: `crash-user-${sender}-${n % 5}`,
        traits: { n },
      };
    }
    return {
      type: 'track',
      messageId,
      anonymousId,
      event: 'Product Viewed',
      properties: { round, sender, n, i },
    };
  });
  return { body: { batch }, messageIds };
}

interface RoundResult {
  readonly acknowledged: Batch[];
  readonly attempted: number;
}

/** Streams batches from SENDERS concurrent senders until the server is gone. */
async function streamUntilKilled(
  server: ServerProcess,
  round: number,
  killAfterMs: number,
): Promise<RoundResult> {
  const acknowledged: Batch[] = [];
  let attempted = 0;
  let stopped = false;
  const sender = async (id: number) => {
    for (let n = 0; !stopped; n++) {
      const batch = makeBatch(round, id, n);
      attempted += 1;
      try {
        const response = await post(server.url, '/v1/batch', batch.body, { basicKey: server.writeKey });
        if (response.status === 200) acknowledged.push(batch);
      } catch {
        // Connection refused or reset: the server is gone. Not acknowledged, so not promised.
        if (server.exited()) return;
      }
    }
  };
  const senders = Array.from({ length: SENDERS }, (_, id) => sender(id));
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  await server.kill();
  stopped = true;
  await Promise.all(senders);
  return { acknowledged, attempted };
}

/**
 * Invariants of the store after a crash: no duplicate; every event's profile (the one it was
 * stored under) exists and resolves, directly or through one merge hop, to a live profile; no
 * identity's latest link points at a merged-away profile.
 */
function expectConsistentStore(dataDir: string): void {
  expect(duplicateMessageIds(dataDir)).toEqual([]);
  withDatabase(dataDir, (db) => {
    const orphanEvents = db
      .prepare(
        `SELECT count(*) AS n FROM events e
         LEFT JOIN profiles p ON p.id = e.profile_id
         LEFT JOIN profiles live ON live.id = coalesce(p.merged_into, p.id)
         WHERE p.id IS NULL OR live.data IS NULL OR live.merged_into IS NOT NULL`,
      )
      .get() as { n: number };
    const orphanIdentities = db
      .prepare(
        `SELECT count(*) AS n FROM identity_links i LEFT JOIN profiles p ON p.id = i.profile_id
         WHERE i.seq IN (SELECT max(seq) FROM identity_links GROUP BY key)
           AND (p.id IS NULL OR p.merged_into IS NOT NULL OR p.data IS NULL)`,
      )
      .get() as { n: number };
    expect(orphanEvents.n, 'events of missing or merged-away profiles').toBe(0);
    expect(orphanIdentities.n, 'identities of missing or merged-away profiles').toBe(0);
  });
}

const dataDir = makeDataDir('waymark-crash-');
const allAcknowledged: Batch[] = [];

afterAll(() => removeDataDir(dataDir));

describe('crash safety', () => {
  it.each(killPoints.map((ms, round) => [round, ms]))(
    'round %i: SIGKILL %i ms into the stream loses no acknowledged event and duplicates none',
    async (round, killAfterMs) => {
      const server = await startServer({ dataDir });
      const { acknowledged, attempted } = await streamUntilKilled(server, round, killAfterMs);
      allAcknowledged.push(...acknowledged);
      console.log(
        `crash-safety: round ${round}: killed at ${killAfterMs} ms, ${acknowledged.length}/${attempted} batches acknowledged`,
      );

      // Restart on the same store; it must come up and serve what it acknowledged before dying.
      const restarted = await startServer({ dataDir });
      try {
        const admin = new AdminClient(restarted.url, restarted.adminToken);
        expect((await fetch(`${restarted.url}/health`)).status).toBe(200);
        const stats = await admin.stats();
        expect(stats.events).toBeGreaterThanOrEqual(allAcknowledged.length * BATCH_SIZE);
        const last = acknowledged.at(-1);
        if (last) {
          const sample = last.body.batch[0]!;
          const events = await admin.profileEvents(String(sample.anonymousId), 1000);
          expect(events.some((event) => event.messageId === last.messageIds[0])).toBe(true);
        }
      } finally {
        await restarted.stop();
      }

      const stored = storedMessageIds(dataDir);
      const missing = acknowledged.flatMap((batch) => batch.messageIds).filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
      expectConsistentStore(dataDir);
    },
  );

  it('acknowledged batches were streamed at all', () => {
    expect(allAcknowledged.length).toBeGreaterThan(0);
  });

  it('replaying every acknowledged batch after the restarts stores nothing twice', async () => {
    const before = storedMessageIds(dataDir);
    const server = await startServer({ dataDir });
    try {
      const queue = [...allAcknowledged];
      const replay = async () => {
        for (let batch = queue.shift(); batch; batch = queue.shift()) {
          const response = await post(server.url, '/v1/batch', batch.body, { basicKey: server.writeKey });
          expect(response.status).toBe(200);
        }
      };
      await Promise.all(Array.from({ length: SENDERS }, replay));
    } finally {
      await server.stop();
    }
    const after = storedMessageIds(dataDir);
    expect(after.size).toBe(before.size);
    expect(
      withDatabase(
        dataDir,
        (db) => (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n,
      ),
    ).toBe(after.size);
    expectConsistentStore(dataDir);
  });
});
