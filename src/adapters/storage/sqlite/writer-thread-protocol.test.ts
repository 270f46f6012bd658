import { describe, expect, it } from 'vitest';
import type { EncodedEvent } from '../../../core/events/index.js';
import { trackedEvent } from '../../../ports/storage.contract.js';
import { decodeWrite, encodeWrite } from './writer-thread-protocol.js';

const NOW = 1_700_000_000_000;

/** What the writer gets back: everything but the objects it never reads (the body holds them). */
const asDecoded = (event: EncodedEvent) => ({
  ...event,
  properties: {},
  context: {},
  integrations: {},
  traits: event.type === 'identify' || event.type === 'group' ? event.traits : {},
});

describe('writer thread protocol', () => {
  it('carries every field the writer reads, for every call type, across requests', () => {
    const first = [
      trackedEvent({ anonymousId: 'a1', sentAt: NOW - 10, properties: { price: 1 } }),
      trackedEvent({ type: 'page', event: null, name: 'Home', anonymousId: 'a1' }),
      trackedEvent({ type: 'screen', event: null, name: null, userId: 'u1' }),
    ];
    const second = [
      trackedEvent({
        type: 'identify',
        event: null,
        userId: 'u1',
        anonymousId: 'a1',
        traits: { plan: 'pro' },
      }),
      trackedEvent({ type: 'group', event: null, userId: 'u1', groupId: 'g1', traits: { name: 'Acme' } }),
      trackedEvent({ type: 'alias', event: null, userId: 'u2', previousId: 'u1' }),
    ];
    const drops = [
      {
        reason: 'missing_event' as const,
        message: 'track needs a non-empty event name',
        messageId: null,
        type: 'track',
        sample: '{}',
        receivedAt: NOW,
      },
    ];
    const message = encodeWrite(7, [
      { events: first, dropped: [] },
      { events: second, dropped: drops },
    ]);
    // Through a real structured clone, as between the threads.
    const decoded = decodeWrite(structuredClone(message));
    expect(decoded).toEqual([
      { events: first.map(asDecoded), dropped: [] },
      { events: second.map(asDecoded), dropped: drops },
    ]);
  });
});
