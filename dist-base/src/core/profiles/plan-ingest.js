import { applyTraits } from './apply-traits.js';
import { mergeProfiles } from './merge-profiles.js';
import { anonymousKey, EMPTY_TRAITS, identityKeys, userKey, } from './profile.js';
/**
 * Resolves each event of a deduplicated batch to a profile, in the order given, and decides
 * every link and merge it implies. Rules (ARCHITECTURE.md, "identity"):
 * - an event's profile is the profile of its userId, else of its anonymousId, else a new one;
 * - a userId joins the anonymousId's profile when that profile has no userId yet;
 * - two existing profiles merge when an event joins a userId to an anonymous profile, or when an
 *   alias names them; an anonymousId already owned by another known person is never moved (shared device).
 */
export function planIngest(events, known, newProfileId) {
    const work = new Workspace(known, newProfileId);
    const resolved = events.map((event) => ({ event, profileId: work.resolve(event) }));
    return {
        events: resolved.map(({ event, profileId }) => ({ event, profileId: work.finalOf(profileId) })),
        profiles: work.changedProfiles(),
        seenOnly: work.seenOnly(),
        merges: work.merges,
        links: work.changedLinks(),
        groups: [...work.changedGroups.values()],
    };
}
class Workspace {
    known;
    newProfileId;
    identities;
    profiles;
    merges = [];
    changedGroups = new Map();
    touched = new Set();
    /** Profiles whose identities, traits or groups changed (not only their seen times). */
    material = new Set();
    linked = new Set();
    mergedInto = new Map();
    /**
     * First and last event time per touched profile, kept apart and folded in when the plan is
     * built: most events change nothing else, and a copy of the profile per event is what it saves.
     */
    seen = new Map();
    constructor(known, newProfileId) {
        this.known = known;
        this.newProfileId = newProfileId;
        this.identities = new Map(known.identities);
        this.profiles = new Map(known.profiles);
    }
    resolve(event) {
        const profileId = event.type === 'alias' ? this.alias(event) : this.link(event);
        this.touch(event, profileId);
        return profileId;
    }
    finalOf(id) {
        let current = id;
        for (let next = this.mergedInto.get(current); next; next = this.mergedInto.get(current))
            current = next;
        return current;
    }
    changedProfiles() {
        return [...this.touched]
            .filter((id) => !this.mergedInto.has(id))
            .map((id) => this.withSeen(this.get(id)));
    }
    seenOnly() {
        return new Set([...this.touched].filter((id) => !this.material.has(id) && !this.mergedInto.has(id)));
    }
    changedLinks() {
        return [...this.linked].map((key) => ({ key, profileId: this.finalOf(this.identities.get(key)) }));
    }
    link(event) {
        const { userId, anonymousId } = event;
        const byUser = userId === null ? undefined : this.lookup(userKey(userId));
        const byAnonymous = anonymousId === null ? undefined : this.lookup(anonymousKey(anonymousId));
        if (userId === null)
            return byAnonymous ?? this.create(event, null, anonymousId);
        if (byUser === undefined) {
            const anonymousOwner = byAnonymous === undefined ? undefined : this.get(byAnonymous);
            if (anonymousOwner && anonymousOwner.userId === null)
                return this.addUserId(anonymousOwner.id, userId);
            // The device belongs to another known person: the anonymousId stays where it is.
            return this.create(event, userId, anonymousOwner ? null : anonymousId);
        }
        if (byAnonymous === undefined && anonymousId !== null)
            this.addAnonymousId(byUser, anonymousId);
        if (byAnonymous !== undefined && byAnonymous !== byUser && this.get(byAnonymous).userId === null) {
            this.merge(byAnonymous, byUser);
        }
        return byUser;
    }
    alias(event) {
        const userId = event.userId;
        const previousId = event.previousId;
        const previous = this.lookup(userKey(previousId)) ?? this.lookup(anonymousKey(previousId));
        const current = this.lookup(userKey(userId));
        // An unknown previousId may be an old userId or an anonymousId: it is linked as both, so later
        // events under it find this profile whichever field carries it.
        if (previous === undefined && current === undefined) {
            const id = this.create(event, userId, previousId);
            return this.addUserId(id, previousId, false);
        }
        if (previous === undefined)
            return this.addUserId(this.addAnonymousId(current, previousId), previousId, false);
        if (current === undefined)
            return this.addUserId(previous, userId);
        if (previous !== current)
            this.merge(previous, current);
        return current;
    }
    lookup(key) {
        const id = this.identities.get(key);
        return id === undefined ? undefined : this.finalOf(id);
    }
    get(id) {
        const profile = this.profiles.get(id);
        if (!profile)
            throw new Error(`profile ${id} is referenced by an identity but was not loaded`);
        return profile;
    }
    put(profile, isMaterial = true) {
        this.profiles.set(profile.id, profile);
        this.touched.add(profile.id);
        if (isMaterial)
            this.material.add(profile.id);
        return profile.id;
    }
    setLink(key, id) {
        this.identities.set(key, id);
        this.linked.add(key);
    }
    create(event, userId, anonymousId) {
        const id = this.newProfileId();
        if (userId !== null)
            this.setLink(userKey(userId), id);
        if (anonymousId !== null)
            this.setLink(anonymousKey(anonymousId), id);
        return this.put({
            id,
            userId,
            userIds: userId === null ? [] : [userId],
            anonymousIds: anonymousId === null ? [] : [anonymousId],
            traits: EMPTY_TRAITS,
            groupIds: [],
            firstSeenAt: event.timestamp,
            lastSeenAt: event.timestamp,
        });
    }
    addUserId(id, userId, isPrimary = true) {
        const profile = this.get(id);
        this.setLink(userKey(userId), id);
        return this.put({
            ...profile,
            userId: profile.userId ?? (isPrimary ? userId : null),
            userIds: [...profile.userIds, userId],
        });
    }
    addAnonymousId(id, anonymousId) {
        const profile = this.get(id);
        this.setLink(anonymousKey(anonymousId), id);
        return this.put({ ...profile, anonymousIds: [...profile.anonymousIds, anonymousId] });
    }
    merge(from, into) {
        const loser = this.get(from);
        const merged = mergeProfiles(this.get(into), loser);
        for (const key of identityKeys(loser))
            this.setLink(key, into);
        this.mergedInto.set(from, into);
        this.merges.push({ from, into });
        const lost = this.seen.get(from);
        if (lost) {
            const kept = this.seen.get(into);
            if (kept === undefined)
                this.seen.set(into, { ...lost });
            else {
                kept.first = Math.min(kept.first, lost.first);
                kept.last = Math.max(kept.last, lost.last);
            }
        }
        this.put(merged);
    }
    touch(event, id) {
        const at = event.timestamp;
        const range = this.seen.get(id);
        if (range === undefined)
            this.seen.set(id, { first: at, last: at });
        else {
            if (at < range.first)
                range.first = at;
            if (at > range.last)
                range.last = at;
        }
        this.touched.add(id);
        if (event.type === 'identify') {
            const before = this.get(id);
            const traits = applyTraits(before.traits, event.traits, at);
            if (traits !== before.traits)
                this.put({ ...before, traits });
        }
        if (event.type === 'group' && event.groupId !== null) {
            const before = this.get(id);
            if (!before.groupIds.includes(event.groupId))
                this.put({ ...before, groupIds: [...before.groupIds, event.groupId] });
            this.touchGroup(event.groupId, event);
        }
    }
    /** A profile with the seen times of this batch's events folded in. */
    withSeen(profile) {
        const range = this.seen.get(profile.id);
        if (range === undefined || (range.first >= profile.firstSeenAt && range.last <= profile.lastSeenAt))
            return profile;
        return {
            ...profile,
            firstSeenAt: Math.min(profile.firstSeenAt, range.first),
            lastSeenAt: Math.max(profile.lastSeenAt, range.last),
        };
    }
    touchGroup(groupId, event) {
        const group = this.changedGroups.get(groupId) ??
            this.known.groups.get(groupId) ?? {
            id: groupId,
            traits: EMPTY_TRAITS,
            firstSeenAt: event.timestamp,
            lastSeenAt: event.timestamp,
        };
        this.changedGroups.set(groupId, {
            ...group,
            traits: applyTraits(group.traits, event.traits, event.timestamp),
            firstSeenAt: Math.min(group.firstSeenAt, event.timestamp),
            lastSeenAt: Math.max(group.lastSeenAt, event.timestamp),
        });
    }
}
//# sourceMappingURL=plan-ingest.js.map