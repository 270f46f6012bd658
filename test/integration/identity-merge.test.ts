// Identity resolution as a black box (reference A1): anonymous → known, merging two people,
// alias, shared devices, and traits merged by event time. Each request waits for its 200 (durable),
// so the order of arrival is the order written here.
import { describe, expect, it } from 'vitest';
import { AdminClient, type ProfileView } from '../support/admin-client.js';
import { startServer, type ServerProcess } from '../support/server-process.js';
import { useServer } from '../support/use-server.js';
import { post, uniqueId } from '../support/tracking-client.js';

let server: ServerProcess;
let admin: AdminClient;

useServer((started) => ({ server, admin } = started));

const T0 = Date.parse('2026-03-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

/** Sends one call (type from the body) and expects a 200; returns its messageId. */
async function call(body: Record<string, unknown>): Promise<string> {
  const messageId = uniqueId(String(body.type));
  const response = await post(
    server.url,
    `/v1/${String(body.type)}`,
    { messageId, ...body },
    { basicKey: server.writeKey },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return messageId;
}

async function profileOf(id: string): Promise<ProfileView> {
  const profile = await admin.profile(id);
  expect(profile, `profile of ${id}`).toBeDefined();
  return profile!;
}

async function eventIdsOf(id: string): Promise<string[]> {
  return (await admin.profileEvents(id)).map((event) => event.messageId).sort();
}

describe('identity merge', () => {
  it('anonymous events then identify → one profile with every event', async () => {
    const anon = uniqueId('anon');
    const user = uniqueId('user');
    const sent = [
      await call({ type: 'page', anonymousId: anon, name: 'Home', timestamp: at(0) }),
      await call({ type: 'track', anonymousId: anon, event: 'Product Viewed', timestamp: at(1) }),
      await call({ type: 'track', anonymousId: anon, event: 'Product Added', timestamp: at(2) }),
    ];
    const anonymousProfile = await profileOf(anon);
    expect(anonymousProfile.userId).toBeNull();
    sent.push(
      await call({
        type: 'identify',
        anonymousId: anon,
        userId: user,
        traits: { email: 'a@x.io' },
        timestamp: at(3),
      }),
    );
    sent.push(await call({ type: 'track', userId: user, event: 'Order Completed', timestamp: at(4) }));

    const profile = await profileOf(user);
    expect((await profileOf(anon)).id).toBe(profile.id);
    // The anonymous profile became the known one: its old id still resolves.
    expect((await profileOf(anonymousProfile.id)).id).toBe(profile.id);
    expect(profile).toMatchObject({ userId: user, anonymousIds: [anon], traits: { email: 'a@x.io' } });
    expect(profile.firstSeenAt).toBe(at(0));
    expect(profile.lastSeenAt).toBe(at(4));
    expect(await eventIdsOf(user)).toEqual([...sent].sort());
    const events = await admin.profileEvents(anon);
    expect(events.every((event) => event.profileId === profile.id)).toBe(true);
    // Newest first.
    expect(events.map((event) => event.timestamp)).toEqual([at(4), at(3), at(2), at(1), at(0)]);
  });

  it('identify(U, A) joins two existing profiles: both sides’ events, every id resolves to the merged one', async () => {
    const anon = uniqueId('laptop');
    const phone = uniqueId('phone');
    const user = uniqueId('user');
    const anonSide = [
      await call({ type: 'track', anonymousId: anon, event: 'Product Viewed', timestamp: at(10) }),
      await call({ type: 'page', anonymousId: anon, name: 'Cart', timestamp: at(11) }),
    ];
    const userSide = [
      await call({
        type: 'identify',
        anonymousId: phone,
        userId: user,
        traits: { plan: 'free' },
        timestamp: at(5),
      }),
      await call({ type: 'track', userId: user, event: 'Signed Up', timestamp: at(6) }),
    ];
    const before = { anon: (await profileOf(anon)).id, user: (await profileOf(user)).id };
    expect(before.anon).not.toBe(before.user);

    const joining = await call({ type: 'identify', anonymousId: anon, userId: user, timestamp: at(12) });
    const merged = await profileOf(user);
    for (const ref of [anon, phone, user, before.anon, before.user]) {
      expect((await profileOf(ref)).id, `GET /api/profiles/${ref}`).toBe(merged.id);
    }
    expect([...merged.anonymousIds].sort()).toEqual([anon, phone].sort());
    expect(merged.userId).toBe(user);
    expect(merged.traits).toEqual({ plan: 'free' });
    expect(merged.firstSeenAt).toBe(at(5));
    expect(merged.lastSeenAt).toBe(at(12));
    const all = [...anonSide, ...userSide, joining].sort();
    for (const ref of [anon, user, before.anon, before.user]) expect(await eventIdsOf(ref)).toEqual(all);
  });

  it('alias(previousId, userId) merges the two people', async () => {
    const oldId = uniqueId('old-login');
    const newId = uniqueId('new-login');
    const oldSide = [
      await call({
        type: 'identify',
        userId: oldId,
        traits: { name: 'Old Name', city: 'Lyon' },
        timestamp: at(0),
      }),
      await call({ type: 'track', userId: oldId, event: 'Order Completed', timestamp: at(1) }),
    ];
    const newSide = [
      await call({ type: 'identify', userId: newId, traits: { name: 'New Name' }, timestamp: at(5) }),
    ];
    expect((await profileOf(oldId)).id).not.toBe((await profileOf(newId)).id);

    const alias = await call({ type: 'alias', previousId: oldId, userId: newId, timestamp: at(6) });
    const merged = await profileOf(newId);
    expect((await profileOf(oldId)).id).toBe(merged.id);
    expect(merged.userIds).toEqual(expect.arrayContaining([oldId, newId]));
    expect(merged.traits).toEqual({ name: 'New Name', city: 'Lyon' });
    expect(await eventIdsOf(oldId)).toEqual([...oldSide, ...newSide, alias].sort());
  });

  it('alias of an anonymous id onto a known user moves the anonymous history', async () => {
    const anon = uniqueId('anon-alias');
    const user = uniqueId('user-alias');
    const anonymousEvent = await call({
      type: 'track',
      anonymousId: anon,
      event: 'Product Viewed',
      timestamp: at(0),
    });
    const userEvent = await call({ type: 'track', userId: user, event: 'Signed In', timestamp: at(1) });
    const alias = await call({ type: 'alias', previousId: anon, userId: user, timestamp: at(2) });
    expect((await profileOf(anon)).id).toBe((await profileOf(user)).id);
    expect(await eventIdsOf(user)).toEqual([anonymousEvent, userEvent, alias].sort());
  });

  it('after alias(previousId, userId), later events sent under previousId as userId land on the same person', async () => {
    // Server libraries send alias when a login id changes; the old id keeps arriving from jobs
    // and other devices (or simply arrives after the alias from a concurrent batch).
    const oldId = uniqueId('renamed-from');
    const newId = uniqueId('renamed-to');
    await call({ type: 'identify', userId: newId, traits: { email: 'n@x.io' }, timestamp: at(0) });
    await call({ type: 'alias', previousId: oldId, userId: newId, timestamp: at(1) });
    const late = await call({ type: 'track', userId: oldId, event: 'Order Completed', timestamp: at(2) });
    const person = await profileOf(newId);
    expect((await profileOf(oldId)).id).toBe(person.id);
    expect(await eventIdsOf(newId)).toContain(late);
  });

  it('a chain of merges: the first merged-away profile id still resolves to the final person', async () => {
    const anon = uniqueId('chain-anon');
    const first = uniqueId('chain-first');
    const second = uniqueId('chain-second');
    const sent = [
      await call({ type: 'track', anonymousId: anon, event: 'Product Viewed', timestamp: at(0) }),
      await call({ type: 'track', userId: first, event: 'Signed Up', timestamp: at(1) }),
      await call({ type: 'track', userId: second, event: 'Signed Up', timestamp: at(2) }),
    ];
    const anonProfile = (await profileOf(anon)).id;
    const firstProfile = (await profileOf(first)).id;
    sent.push(await call({ type: 'identify', userId: first, anonymousId: anon, timestamp: at(3) }));
    sent.push(await call({ type: 'alias', previousId: first, userId: second, timestamp: at(4) }));
    const final = await profileOf(second);
    for (const ref of [anon, first, second, anonProfile, firstProfile]) {
      expect((await profileOf(ref)).id, `GET /api/profiles/${ref}`).toBe(final.id);
    }
    expect(await eventIdsOf(anonProfile)).toEqual([...sent].sort());
  });

  it('a shared device does not merge two known people', async () => {
    const device = uniqueId('kiosk');
    const first = uniqueId('first-user');
    const second = uniqueId('second-user');
    const firstEvents = [
      await call({
        type: 'identify',
        anonymousId: device,
        userId: first,
        traits: { name: 'First' },
        timestamp: at(0),
      }),
      await call({
        type: 'track',
        anonymousId: device,
        userId: first,
        event: 'Order Completed',
        timestamp: at(1),
      }),
    ];
    const secondEvents = [
      await call({
        type: 'identify',
        anonymousId: device,
        userId: second,
        traits: { name: 'Second' },
        timestamp: at(2),
      }),
      await call({
        type: 'track',
        anonymousId: device,
        userId: second,
        event: 'Order Completed',
        timestamp: at(3),
      }),
    ];
    const one = await profileOf(first);
    const two = await profileOf(second);
    expect(one.id).not.toBe(two.id);
    expect(one.traits).toEqual({ name: 'First' });
    expect(two.traits).toEqual({ name: 'Second' });
    // The device stays with the person it first belonged to.
    expect((await profileOf(device)).id).toBe(one.id);
    expect(await eventIdsOf(first)).toEqual([...firstEvents].sort());
    expect(await eventIdsOf(second)).toEqual([...secondEvents].sort());

    // The second person already existing (their own device) does not change that either.
    const third = uniqueId('third-user');
    await call({ type: 'identify', anonymousId: uniqueId('own-phone'), userId: third, timestamp: at(4) });
    await call({ type: 'identify', anonymousId: device, userId: third, timestamp: at(5) });
    expect((await profileOf(third)).id).not.toBe(one.id);
    expect((await profileOf(first)).id).toBe(one.id);
    expect((await profileOf(first)).userIds).toEqual([first]);
  });

  it('traits merge by event time: an older identify sent later does not overwrite a newer trait', async () => {
    const user = uniqueId('traits');
    await call({
      type: 'identify',
      userId: user,
      traits: { plan: 'pro', email: 'new@x.io' },
      timestamp: at(20),
    });
    await call({
      type: 'identify',
      userId: user,
      traits: { plan: 'free', email: 'old@x.io', city: 'Oslo' },
      timestamp: at(10),
    });
    expect((await profileOf(user)).traits).toEqual({ plan: 'pro', email: 'new@x.io', city: 'Oslo' });
    await call({ type: 'identify', userId: user, traits: { plan: 'enterprise' }, timestamp: at(30) });
    expect((await profileOf(user)).traits).toEqual({ plan: 'enterprise', email: 'new@x.io', city: 'Oslo' });
  });

  it('traits merge by event time across a profile merge', async () => {
    const anon = uniqueId('anon-traits');
    const user = uniqueId('user-traits');
    // The anonymous side learned the newest plan; the known side has an older one and an email.
    await call({ type: 'identify', anonymousId: anon, traits: { plan: 'trial' }, timestamp: at(50) });
    await call({
      type: 'identify',
      userId: user,
      traits: { plan: 'free', email: 'k@x.io' },
      timestamp: at(40),
    });
    await call({ type: 'identify', userId: user, anonymousId: anon, timestamp: at(60) });
    const merged = await profileOf(user);
    expect((await profileOf(anon)).id).toBe(merged.id);
    expect(merged.traits).toEqual({ plan: 'trial', email: 'k@x.io' });
  });

  it('a merge is permanent across a restart of the server', async () => {
    // Uses the same store: stop, start again, resolve the ids merged above.
    const anon = uniqueId('restart-anon');
    const user = uniqueId('restart-user');
    await call({ type: 'track', anonymousId: anon, event: 'Product Viewed', timestamp: at(0) });
    await call({ type: 'track', userId: user, event: 'Signed Up', timestamp: at(1) });
    const loser = (await profileOf(anon)).id;
    await call({ type: 'identify', userId: user, anonymousId: anon, timestamp: at(2) });
    const winner = (await profileOf(user)).id;

    await server.stop();
    server = await startServer({ dataDir: server.dataDir });
    admin = new AdminClient(server.url, server.adminToken);
    for (const ref of [anon, user, loser]) expect((await profileOf(ref)).id).toBe(winner);
    // New events under the old anonymous id still resolve to the merged person after the restart.
    const after = await call({ type: 'track', anonymousId: anon, event: 'Cart Viewed', timestamp: at(3) });
    expect(await eventIdsOf(user)).toContain(after);
    expect((await admin.profileEvents(user)).length).toBe(4);
  });
});
