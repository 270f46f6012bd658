import { asMessageId } from '../../../core/shared/index.js';
// The messages between the server thread and the SQLite writer thread. Events travel as flat
// columns: structured cloning many small objects costs more than the write they are for.
const STRINGS_PER_EVENT = 9;
const NUMBERS_PER_EVENT = 4;
export function encodeWrite(id, requests) {
    const total = requests.reduce((sum, request) => sum + request.events.length, 0);
    const strings = new Array(total * STRINGS_PER_EVENT);
    const numbers = new Float64Array(total * NUMBERS_PER_EVENT);
    const traits = [];
    let at = 0;
    for (const request of requests) {
        for (const event of request.events) {
            const s = at * STRINGS_PER_EVENT;
            strings[s] = event.messageId;
            strings[s + 1] = event.type;
            strings[s + 2] = event.event;
            strings[s + 3] = event.name;
            strings[s + 4] = event.userId;
            strings[s + 5] = event.anonymousId;
            strings[s + 6] = event.groupId;
            strings[s + 7] = event.previousId;
            strings[s + 8] = event.body;
            const n = at * NUMBERS_PER_EVENT;
            numbers[n] = event.timestamp;
            numbers[n + 1] = event.originalTimestamp;
            numbers[n + 2] = event.sentAt ?? Number.NaN;
            numbers[n + 3] = event.receivedAt;
            if (event.type === 'identify' || event.type === 'group')
                traits.push([at, event.traits]);
            at++;
        }
    }
    const counts = Int32Array.from(requests, (request) => request.events.length);
    return { kind: 'write', id, counts, strings, numbers, traits, drops: requests.map((r) => r.dropped) };
}
const NOTHING = Object.freeze({});
/**
 * The requests of a message. Properties, context and integrations come back empty: the writer
 * stores the body as sent and reads none of them.
 */
export function decodeWrite(message) {
    const { strings, numbers } = message;
    const traits = new Map(message.traits);
    const requests = [];
    let at = 0;
    message.counts.forEach((count, index) => {
        const events = [];
        for (const end = at + count; at < end; at++) {
            const s = at * STRINGS_PER_EVENT;
            const n = at * NUMBERS_PER_EVENT;
            const sentAt = numbers[n + 2];
            events.push({
                messageId: asMessageId(strings[s]),
                type: strings[s + 1],
                event: strings[s + 2],
                name: strings[s + 3],
                userId: strings[s + 4],
                anonymousId: strings[s + 5],
                groupId: strings[s + 6],
                previousId: strings[s + 7],
                body: strings[s + 8],
                properties: NOTHING,
                traits: traits.get(at) ?? NOTHING,
                context: NOTHING,
                integrations: NOTHING,
                timestamp: numbers[n],
                originalTimestamp: numbers[n + 1],
                sentAt: Number.isNaN(sentAt) ? null : sentAt,
                receivedAt: numbers[n + 3],
            });
        }
        requests.push({ events, dropped: message.drops[index] ?? [] });
    });
    return requests;
}
export function encodeOutcomes(outcomes) {
    const flat = new Int32Array(outcomes.length * 2);
    outcomes.forEach((outcome, i) => {
        flat[i * 2] = outcome.accepted;
        flat[i * 2 + 1] = outcome.duplicates;
    });
    return flat;
}
export function decodeOutcomes(flat) {
    const outcomes = [];
    for (let i = 0; i < flat.length; i += 2)
        outcomes.push({ accepted: flat[i], duplicates: flat[i + 1] });
    return outcomes;
}
//# sourceMappingURL=writer-thread-protocol.js.map