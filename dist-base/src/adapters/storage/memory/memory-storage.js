import { asProfileId } from '../../../core/shared/index.js';
import { anonymousKey, userKey, } from '../../../core/profiles/index.js';
import { buildActorEvents } from '../../../core/analytics/index.js';
import { CALL_KEYS } from '../../../core/analytics/index.js';
const copyState = (state) => ({
    events: [...state.events],
    messageIds: new Set(state.messageIds),
    identities: new Map(state.identities),
    profiles: new Map(state.profiles),
    mergedInto: new Map(state.mergedInto),
    groups: new Map(state.groups),
    drops: [...state.drops],
});
/** Storage in plain maps: for tests, demos and `--ephemeral` runs. Transactions copy on write. */
export function createMemoryStorage() {
    let state = {
        events: [],
        messageIds: new Set(),
        identities: new Map(),
        profiles: new Map(),
        mergedInto: new Map(),
        groups: new Map(),
        drops: [],
    };
    const settings = new Map();
    const users = new Map();
    const sessions = new Map();
    let tail = Promise.resolve();
    const lists = new Map();
    const resolveId = (ref) => {
        let id = state.profiles.has(asProfileId(ref)) || state.mergedInto.has(asProfileId(ref))
            ? asProfileId(ref)
            : undefined;
        id ??= state.identities.get(userKey(ref)) ?? state.identities.get(anonymousKey(ref));
        while (id !== undefined && state.mergedInto.has(id))
            id = state.mergedInto.get(id);
        return id;
    };
    return {
        ingest: {
            write(work) {
                const run = async () => {
                    const draft = copyState(state);
                    const result = await work(memoryTransaction(draft));
                    state = draft;
                    return result;
                };
                const result = tail.then(run, run);
                tail = result.catch(() => undefined);
                return result;
            },
        },
        events: {
            async recentEvents({ limit, afterSeq }) {
                return state.events
                    .filter((e) => e.seq > (afterSeq ?? -1))
                    .slice(-limit)
                    .reverse();
            },
            async eventsAfter(afterSeq, limit) {
                return state.events.filter((e) => e.seq > afterSeq).slice(0, limit);
            },
            async stats() {
                return { events: state.events.length, profiles: state.profiles.size };
            },
            async recentDrops(limit) {
                return state.drops.slice(-limit).reverse();
            },
        },
        profiles: {
            async findProfile(ref) {
                const id = resolveId(ref);
                return id === undefined ? undefined : state.profiles.get(id);
            },
            async searchProfiles(query, limit) {
                const text = query.trim().toLowerCase();
                return [...state.profiles.values()]
                    .filter((p) => text === '' ||
                    JSON.stringify([p.id, p.userIds, p.anonymousIds, p.traits.values]).toLowerCase().includes(text))
                    .sort((a, b) => b.lastSeenAt - a.lastSeenAt)
                    .slice(0, limit);
            },
            async profileEvents(profileId, limit) {
                return state.events
                    .filter((e) => e.profileId === profileId)
                    .sort((a, b) => b.timestamp - a.timestamp || b.seq - a.seq)
                    .slice(0, limit);
            },
            async findGroup(groupId) {
                return state.groups.get(groupId);
            },
        },
        settings: {
            async getSetting(key) {
                return settings.get(key);
            },
            async setSetting(key, value) {
                settings.set(key, value);
            },
        },
        users: {
            async countUsers() {
                return users.size;
            },
            async createUser(user) {
                if ([...users.values()].some((u) => u.email === user.email))
                    throw new Error(`user ${user.email} exists`);
                users.set(user.id, user);
            },
            async findUserByEmail(email) {
                return [...users.values()].find((u) => u.email === email);
            },
            async createSession(tokenHash, userId, expiresAt) {
                sessions.set(tokenHash, { userId, expiresAt });
            },
            async findSessionUser(tokenHash, now) {
                const session = sessions.get(tokenHash);
                return session && session.expiresAt > now ? users.get(session.userId) : undefined;
            },
        },
        analytics: {
            async actorEvents() {
                return buildActorEvents(state.events.map(analyticsRow));
            },
        },
        lists: {
            async createList(list, members) {
                const entry = { list: { ...list, size: new Set(members).size }, members: [...members] };
                lists.set(list.id, entry);
                return entry.list;
            },
            async listMembers(id) {
                const entry = lists.get(id);
                return entry ? new Set(entry.members.map((member) => resolveId(member) ?? member)) : undefined;
            },
            async lists() {
                return [...lists.values()].map((entry) => entry.list).sort((a, b) => b.createdAt - a.createdAt);
            },
        },
        async close() {
            await tail;
        },
    };
}
/** An event as an analytics row; `context`, `traits` and `$name` paths resolve as in SQLite. */
function analyticsRow(event) {
    return {
        actorId: event.profileId,
        event: event.type === 'track' ? (event.event ?? '') : CALL_KEYS[event.type],
        timestamp: event.timestamp,
        properties: { ...event.properties, $name: event.name, context: event.context, traits: event.traits },
    };
}
function memoryTransaction(draft) {
    return {
        async unseenMessageIds(messageIds) {
            return new Set(messageIds.filter((id) => !draft.messageIds.has(id)));
        },
        async loadKnown(keys, groupIds) {
            const identities = new Map();
            const profiles = new Map();
            for (const key of keys) {
                const id = draft.identities.get(key);
                if (id === undefined)
                    continue;
                identities.set(key, id);
                profiles.set(id, draft.profiles.get(id));
            }
            const groups = new Map();
            for (const id of groupIds) {
                const group = draft.groups.get(id);
                if (group)
                    groups.set(id, group);
            }
            return { identities, profiles, groups };
        },
        async apply(plan) {
            for (const { from, into } of plan.merges) {
                draft.profiles.delete(from);
                draft.mergedInto.set(from, into);
                draft.events = draft.events.map((e) => (e.profileId === from ? { ...e, profileId: into } : e));
            }
            for (const { key, profileId } of plan.links)
                draft.identities.set(key, profileId);
            for (const profile of plan.profiles)
                draft.profiles.set(profile.id, profile);
            for (const group of plan.groups)
                draft.groups.set(group.id, group);
            for (const { event, profileId } of plan.events) {
                draft.messageIds.add(event.messageId);
                const { body: _body, ...fields } = event;
                draft.events.push({ ...fields, seq: draft.events.length + 1, profileId });
            }
        },
        async recordDrops(drops) {
            draft.drops.push(...drops);
        },
    };
}
//# sourceMappingURL=memory-storage.js.map