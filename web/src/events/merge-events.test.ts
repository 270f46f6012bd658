import { describe, expect, it } from 'vitest';
import type { EventView } from '../api-client/event-view.js';
import { maxSeq, mergeEvents } from './merge-events.js';

function event(seq: number): EventView {
  return {
    seq,
    messageId: `m${seq}`,
    type: 'track',
    event: 'Order Completed',
    name: null,
    profileId: 'p1',
    userId: 'u1',
    anonymousId: null,
    groupId: null,
    timestamp: '2026-03-01T10:00:00.000Z',
    receivedAt: '2026-03-01T10:00:00.000Z',
    properties: {},
    traits: {},
    context: {},
  };
}

const seqs = (events: EventView[]) => events.map((item) => item.seq);

describe('mergeEvents', () => {
  it('keeps newest first without duplicates', () => {
    expect(seqs(mergeEvents([event(3), event(2)], [event(2), event(5), event(4)], 10))).toEqual([5, 4, 3, 2]);
  });

  it('drops the oldest beyond the cap', () => {
    expect(seqs(mergeEvents([event(2), event(1)], [event(3)], 2))).toEqual([3, 2]);
  });
});

describe('maxSeq', () => {
  it('is 0 for no events', () => {
    expect(maxSeq([])).toBe(0);
    expect(maxSeq([event(4), event(9), event(1)])).toBe(9);
  });
});
