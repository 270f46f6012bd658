import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, runStorageContract, trackedEvent } from '../../../ports/storage.contract.js';
import { actorEventsView, runAnalyticsSourceContract } from '../../../ports/analytics-source.contract.js';
import { openSqliteStorage } from './sqlite-storage.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-sqlite-'));
let n = 0;
const freshFile = () => path.join(root, `db-${++n}`, 'waymark.db');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

runStorageContract('sqlite', () => openSqliteStorage({ file: freshFile() }));
runAnalyticsSourceContract('sqlite', () => openSqliteStorage({ file: freshFile() }));

describe('SQLite storage across restarts', () => {
  it('keeps events, identities and deduplication after reopening the file', async () => {
    const file = freshFile();
    const first = trackedEvent({ type: 'identify', event: null, userId: 'u1', anonymousId: 'a1' });
    // The events' receivedAt are in 2023; "now" must fall within the 48-hour dedupe window of them.
    const now = 1_700_000_000_000 + 3_600_000;
    const storage = await openSqliteStorage({ file, now });
    await ingest(storage, [first, trackedEvent({ anonymousId: 'a1' })]);
    await storage.close();

    const reopened = await openSqliteStorage({ file, now });
    expect(await ingest(reopened, [first])).toBe(0);
    // The identity index is rebuilt from disk: a new event of a1 joins the same profile.
    await ingest(reopened, [trackedEvent({ anonymousId: 'a1' })]);
    const profile = await reopened.profiles.findProfile('u1');
    expect((await reopened.profiles.profileEvents(profile!.id, 10)).length).toBe(3);
    expect(await reopened.events.stats()).toEqual({ events: 3, profiles: 1 });
    await reopened.close();
  });

  it('forgets message ids received more than 48 hours before start', async () => {
    const file = freshFile();
    const old = trackedEvent({ anonymousId: 'a1' });
    const storage = await openSqliteStorage({ file, now: old.receivedAt });
    await ingest(storage, [old]);
    await storage.close();
    const later = await openSqliteStorage({ file, now: old.receivedAt + 49 * 3_600_000 });
    expect(await ingest(later, [old])).toBe(1);
    await later.close();
  });

  it('keeps the event log current by pushing commits, identical to reading it back from the file', async () => {
    const file = freshFile();
    const paths = ['revenue', 'flag', 'items', 'context.page.url', '$name', 'traits.email'];
    const storage = await openSqliteStorage({ file, now: 1_700_000_000_000 });
    await ingest(storage, [trackedEvent({ anonymousId: 'a1', properties: { revenue: 5 } })]);
    await storage.analytics.actorEvents({ properties: paths });
    await ingest(storage, [
      trackedEvent({ userId: 'u1', properties: { revenue: '7.5', flag: true, items: [1, { b: 2 }] } }),
      trackedEvent({
        type: 'page',
        event: null,
        name: 'Home',
        anonymousId: 'a2',
        context: { page: { url: 'https://s/' } },
      }),
      trackedEvent({
        type: 'identify',
        event: null,
        userId: 'u1',
        anonymousId: 'a1',
        traits: { email: 'x@y.z' },
      }),
    ]);
    const pushed = await storage.analytics.actorEvents({ properties: paths });
    await storage.close();
    const reread = await openSqliteStorage({ file, now: 1_700_000_000_000 });
    const fresh = await reread.analytics.actorEvents({ properties: paths });
    expect(actorEventsView(pushed, paths)).toEqual(actorEventsView(fresh, paths));
    await reread.close();
  });
});
