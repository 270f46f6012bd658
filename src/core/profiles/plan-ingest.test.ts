import { describe, expect, it } from 'vitest';
import { asMessageId, asProfileId, type ProfileId } from '../shared/index.js';
import type { TrackedEvent } from '../events/index.js';
import { planIngest, type KnownIdentities, type Profile } from './index.js';

let seq = 0;
const event = (fields: Partial<TrackedEvent>): TrackedEvent => ({
  messageId: asMessageId(`m${++seq}`),
  type: 'track',
  event: 'Product Viewed',
  name: null,
  userId: null,
  anonymousId: null,
  groupId: null,
  previousId: null,
  properties: {},
  traits: {},
  context: {},
  integrations: {},
  timestamp: 1_000 + seq,
  originalTimestamp: 1_000 + seq,
  sentAt: null,
  receivedAt: 1_000 + seq,
  ...fields,
});

const empty: KnownIdentities = { identities: new Map(), profiles: new Map(), groups: new Map() };
const ids = () => {
  let n = 0;
  return (): ProfileId => asProfileId(`p${++n}`);
};

/** Runs batches one after another, carrying the store's state between them like a real store. */
function ingestAll(batches: TrackedEvent[][]) {
  const identities = new Map<string, ProfileId>();
  const profiles = new Map<ProfileId, Profile>();
  const eventProfile = new Map<string, ProfileId>();
  const next = ids();
  for (const batch of batches) {
    const plan = planIngest(
      batch,
      { identities: identities as KnownIdentities['identities'], profiles, groups: new Map() },
      next,
    );
    for (const { from, into } of plan.merges) {
      profiles.delete(from);
      for (const [id, owner] of eventProfile) if (owner === from) eventProfile.set(id, into);
    }
    for (const { key, profileId } of plan.links) identities.set(key, profileId);
    for (const profile of plan.profiles) profiles.set(profile.id, profile);
    for (const { event: e, profileId } of plan.events) eventProfile.set(e.messageId, profileId);
  }
  return { profiles, eventProfile, identities };
}

describe('planIngest', () => {
  it('creates one anonymous profile and reuses it', () => {
    const plan = planIngest([event({ anonymousId: 'a1' }), event({ anonymousId: 'a1' })], empty, ids());
    expect(plan.profiles).toHaveLength(1);
    expect(new Set(plan.events.map((e) => e.profileId)).size).toBe(1);
    expect(plan.profiles[0]?.userId).toBeNull();
  });

  it('links an anonymous profile to the userId that identifies it', () => {
    const { profiles } = ingestAll([
      [event({ anonymousId: 'a1' })],
      [event({ type: 'identify', anonymousId: 'a1', userId: 'u1', traits: { email: 'x@y.z' } })],
    ]);
    expect(profiles.size).toBe(1);
    const profile = [...profiles.values()][0]!;
    expect(profile.userId).toBe('u1');
    expect(profile.anonymousIds).toEqual(['a1']);
    expect(profile.traits.values).toEqual({ email: 'x@y.z' });
  });

  it('merges two existing profiles with events on both sides when identify joins them', () => {
    const a = event({ anonymousId: 'a1', timestamp: 10 });
    const u = event({ userId: 'u1', timestamp: 20 });
    const join = event({ type: 'identify', userId: 'u1', anonymousId: 'a1', timestamp: 30 });
    const { profiles, eventProfile } = ingestAll([[a], [u], [join]]);
    expect(profiles.size).toBe(1);
    const [merged] = [...profiles.values()];
    expect(merged?.userIds).toEqual(['u1']);
    expect(merged?.anonymousIds).toEqual(['a1']);
    expect(merged?.firstSeenAt).toBe(10);
    expect(new Set([a, u, join].map((e) => eventProfile.get(e.messageId)))).toEqual(new Set([merged?.id]));
  });

  it('merges inside one batch too', () => {
    const plan = planIngest(
      [event({ anonymousId: 'a1' }), event({ userId: 'u1' }), event({ userId: 'u1', anonymousId: 'a1' })],
      empty,
      ids(),
    );
    expect(plan.merges).toHaveLength(1);
    expect(plan.profiles).toHaveLength(1);
    expect(new Set(plan.events.map((e) => e.profileId)).size).toBe(1);
  });

  it('never moves a device of one known person to another (shared device)', () => {
    const { profiles, eventProfile } = ingestAll([
      [event({ type: 'identify', userId: 'u1', anonymousId: 'a1' })],
      [event({ type: 'identify', userId: 'u2', anonymousId: 'a1' })],
      [event({ anonymousId: 'a1', messageId: asMessageId('later') })],
    ]);
    expect(profiles.size).toBe(2);
    const u1 = [...profiles.values()].find((p) => p.userId === 'u1');
    expect(u1?.anonymousIds).toEqual(['a1']);
    expect(eventProfile.get('later')).toBe(u1?.id);
  });

  it('alias merges two known profiles', () => {
    const { profiles } = ingestAll([
      [event({ userId: 'old' })],
      [event({ userId: 'new' })],
      [event({ type: 'alias', userId: 'new', previousId: 'old' })],
    ]);
    expect(profiles.size).toBe(1);
    expect([...([...profiles.values()][0]?.userIds ?? [])].sort()).toEqual(['new', 'old']);
    expect([...profiles.values()][0]?.userId).toBe('new');
  });

  it('alias with an unknown previousId records it as an anonymous id', () => {
    const plan = planIngest([event({ type: 'alias', userId: 'u', previousId: 'anon-9' })], empty, ids());
    expect(plan.profiles[0]?.anonymousIds).toEqual(['anon-9']);
  });

  it('merges traits by event time, whatever the arrival order', () => {
    const { profiles } = ingestAll([
      [event({ type: 'identify', userId: 'u', traits: { plan: 'pro', city: 'Oslo' }, timestamp: 200 })],
      [event({ type: 'identify', userId: 'u', traits: { plan: 'free', email: 'e@x' }, timestamp: 100 })],
    ]);
    expect([...profiles.values()][0]?.traits.values).toEqual({ plan: 'pro', city: 'Oslo', email: 'e@x' });
  });

  it('keeps the newer trait of either side when profiles merge', () => {
    const { profiles } = ingestAll([
      [event({ type: 'identify', anonymousId: 'a', traits: { name: 'Anon newer' }, timestamp: 300 })],
      [
        event({
          type: 'identify',
          userId: 'u',
          traits: { name: 'Known older', email: 'k@x' },
          timestamp: 100,
        }),
      ],
      [event({ userId: 'u', anonymousId: 'a', timestamp: 400 })],
    ]);
    expect([...profiles.values()][0]?.traits.values).toEqual({ name: 'Anon newer', email: 'k@x' });
  });

  it('records groups with their traits and membership', () => {
    const plan = planIngest(
      [event({ type: 'group', userId: 'u', groupId: 'acme', traits: { name: 'Acme' } })],
      empty,
      ids(),
    );
    expect(plan.groups[0]?.traits.values).toEqual({ name: 'Acme' });
    expect(plan.profiles[0]?.groupIds).toEqual(['acme']);
  });
});
