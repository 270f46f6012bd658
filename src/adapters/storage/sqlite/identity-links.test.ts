import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, trackedEvent } from '../../../ports/storage.contract.js';
import { asProfileId } from '../../../core/shared/index.js';
import { IdentityIndex } from './identity-links.js';
import { openSqliteStorage } from './sqlite-storage.js';
import { sqliteMigrations } from './sqlite-schema.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-links-'));
let n = 0;
const freshFile = () => path.join(root, `db-${++n}`, 'waymark.db');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const NOW = 1_700_000_000_000 + 3_600_000;

const linkCount = (file: string): number => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM identity_links').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('SQLite identity link log', () => {
  it('resolves every identity of two merged profiles to the survivor after a restart', async () => {
    const file = freshFile();
    const storage = await openSqliteStorage({ file, now: NOW });
    await ingest(storage, [
      trackedEvent({ anonymousId: 'a1' }),
      trackedEvent({ type: 'identify', event: null, userId: 'u1', anonymousId: 'a1' }),
    ]);
    // A second device, then the same person signs in on it: a2's profile merges into u1's.
    await ingest(storage, [trackedEvent({ anonymousId: 'a2' })]);
    const before = await storage.profiles.findProfile('a2');
    await ingest(storage, [trackedEvent({ type: 'identify', event: null, userId: 'u1', anonymousId: 'a2' })]);
    const survivor = (await storage.profiles.findProfile('u1'))!.id;
    expect(before!.id).not.toBe(survivor);
    expect((await storage.profiles.findProfile('a2'))!.id).toBe(survivor);
    await storage.close();
    // a2 was linked twice; the log keeps both rows and the later one wins.
    expect(linkCount(file)).toBe(4);

    const reopened = await openSqliteStorage({ file, now: NOW });
    for (const ref of ['u1', 'a1', 'a2', before!.id])
      expect((await reopened.profiles.findProfile(ref))!.id).toBe(survivor);
    // The writer's map is rebuilt from the log too: a new event of a2 lands on the survivor.
    await ingest(reopened, [trackedEvent({ anonymousId: 'a2' })]);
    expect(await reopened.events.stats()).toEqual({ events: 5, profiles: 1 });
    await reopened.close();
  });

  it('finds identities linked after its first lookup, without reading the log again', async () => {
    const storage = await openSqliteStorage({ file: freshFile(), now: NOW });
    await ingest(storage, [trackedEvent({ anonymousId: 'a1' })]);
    expect(await storage.profiles.findProfile('nobody')).toBeUndefined();
    await ingest(storage, [
      trackedEvent({ anonymousId: 'a2' }),
      trackedEvent({ userId: 'u9', anonymousId: 'a1' }),
    ]);
    expect((await storage.profiles.findProfile('a2'))?.anonymousIds).toEqual(['a2']);
    expect((await storage.profiles.findProfile('u9'))?.id).toBe(
      (await storage.profiles.findProfile('a1'))?.id,
    );
    await storage.close();
  });

  it('loads in chunks while warming, ignoring reported links until loaded and old ones after', async () => {
    const file = freshFile();
    const storage = await openSqliteStorage({ file, now: NOW });
    await ingest(
      storage,
      [1, 2, 3, 4, 5].map((i) => trackedEvent({ anonymousId: `a${i}` })),
    );
    // a5's profile merges into u1's: a5 is linked again, later in the log.
    await ingest(storage, [trackedEvent({ type: 'identify', event: null, userId: 'u1', anonymousId: 'a1' })]);
    await ingest(storage, [trackedEvent({ type: 'identify', event: null, userId: 'u1', anonymousId: 'a5' })]);
    const survivor = (await storage.profiles.findProfile('u1'))!.id;
    await storage.close();

    const db = new BetterSqlite3(file, { readonly: true });
    const index = new IdentityIndex(db, 2);
    const late = { seq: 1_000, key: 'a:late' as const, profileId: asProfileId('prf_late') };
    expect(index.warmStep()).toBe(true);
    index.apply([late]); // while loading: the load reads what was committed, this is not
    let steps = 1;
    while (index.warmStep()) steps++;
    expect(steps).toBe(3); // 7 links, 2 a chunk: 2 more full chunks, then the last link
    expect(index.lookup('a:late')).toBeUndefined();
    expect(index.lookup('a:a5')).toBe(survivor);
    expect(index.lookup('u:u1')).toBe(survivor);
    expect(index.lookup('a:a2')).not.toBe(survivor);
    // Loaded: newer links apply, ones the load read already are stale and skipped.
    index.apply([late, { seq: 1, key: 'a:a5', profileId: asProfileId('prf_stale') }]);
    expect(index.lookup('a:late')).toBe('prf_late');
    expect(index.lookup('a:a5')).toBe(survivor);
    db.close();
  });

  it('moves the identities of a store made before the log into it', async () => {
    const file = freshFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new BetterSqlite3(file);
    const kysely = new Kysely<unknown>({ dialect: new SqliteDialect({ database: db }) });
    await new Migrator({ db: kysely, provider: sqliteMigrations }).migrateTo('0003-index-retired-profiles');
    db.prepare(
      `INSERT INTO profiles (id, user_id, data, search, first_seen_at, last_seen_at) VALUES ('prf_1', 'u1', ?, 'u1', 1, 1)`,
    ).run(
      JSON.stringify({
        id: 'prf_1',
        userId: 'u1',
        userIds: ['u1'],
        anonymousIds: ['a1'],
        traits: { values: {}, setAt: {} },
        groupIds: [],
        firstSeenAt: 1,
        lastSeenAt: 1,
      }),
    );
    db.exec(`INSERT INTO identities (key, profile_id) VALUES ('u:u1', 'prf_1'), ('a:a1', 'prf_1')`);
    await kysely.destroy();

    const storage = await openSqliteStorage({ file, now: NOW });
    expect((await storage.profiles.findProfile('a1'))?.id).toBe('prf_1');
    await ingest(storage, [trackedEvent({ anonymousId: 'a1' })]);
    expect(await storage.events.stats()).toEqual({ events: 1, profiles: 1 });
    await storage.close();
    expect(linkCount(file)).toBe(2);
  });
});
