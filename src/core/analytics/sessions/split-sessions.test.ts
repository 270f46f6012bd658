import { describe, expect, it } from 'vitest';
import { buildActorEvents } from '../build-actor-events.js';
import { SESSION_GAP_MS, splitSessions, startsNewSession } from './split-sessions.js';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('splitSessions', () => {
  it('starts a new session after more than 30 minutes of inactivity', () => {
    // a: 0, 10 min, 40 min (30-min gap exactly: same session), 71 min (31-min gap: new session).
    const table = buildActorEvents([
      { actorId: 'a', event: '$page', timestamp: T0 },
      { actorId: 'a', event: '$page', timestamp: T0 + 10 * MIN },
      { actorId: 'a', event: '$page', timestamp: T0 + 40 * MIN },
      { actorId: 'a', event: '$page', timestamp: T0 + 71 * MIN },
    ]);
    const sessions = splitSessions(table);
    expect(sessions.count).toBe(2);
    expect([...sessions.ofRow]).toEqual([0, 0, 0, 1]);
    expect(sessions.startAt[0]).toBe(T0);
    expect(sessions.endAt[0]).toBe(T0 + 40 * MIN);
    expect(sessions.startAt[1]).toBe(T0 + 71 * MIN);
    expect([...sessions.firstRow]).toEqual([0, 3]);
    expect([...sessions.lastRow]).toEqual([2, 3]);
  });

  it('cuts a session that would last more than 24 hours', () => {
    // An event every 20 minutes for 25 hours: 76 events (0 … 1500 min). The first session takes
    // events up to 1440 min (24 h after its start, allowed); the event at 1460 min opens session 2.
    const rows = Array.from({ length: 76 }, (_, i) => ({
      actorId: 'a',
      event: 'ping',
      timestamp: T0 + i * 20 * MIN,
    }));
    const sessions = splitSessions(buildActorEvents(rows));
    expect(sessions.count).toBe(2);
    expect(sessions.endAt[0]).toBe(T0 + 24 * HOUR);
    expect(sessions.startAt[1]).toBe(T0 + 1460 * MIN);
  });

  it('never joins two actors and numbers sessions by actor then time', () => {
    // Actors sort as a, b. Same timestamps, still two sessions.
    const table = buildActorEvents([
      { actorId: 'b', event: 'x', timestamp: T0 },
      { actorId: 'a', event: 'x', timestamp: T0 },
    ]);
    const sessions = splitSessions(table);
    expect(sessions.count).toBe(2);
    expect([...sessions.actor]).toEqual([0, 1]);
  });

  it('skips rows left out by `include`: they neither open nor extend a session', () => {
    // a: page at 0, e-mail delivered at 25 min (excluded), page at 50 min. Without the e-mail row the
    // gap is 50 min, so the pages are two sessions; the excluded row belongs to none.
    const table = buildActorEvents([
      { actorId: 'a', event: '$page', timestamp: T0 },
      { actorId: 'a', event: 'Email Delivered', timestamp: T0 + 25 * MIN },
      { actorId: 'a', event: '$page', timestamp: T0 + 50 * MIN },
    ]);
    const emailCode = table.eventKeys.indexOf('Email Delivered');
    const sessions = splitSessions(table, { include: (row) => table.events[row] !== emailCode });
    expect(sessions.count).toBe(2);
    expect([...sessions.ofRow]).toEqual([0, -1, 1]);
  });

  it('honours the mask and a custom gap', () => {
    // b is masked out; a's 10-minute gap exceeds a 5-minute custom gap.
    const table = buildActorEvents([
      { actorId: 'a', event: 'x', timestamp: T0 },
      { actorId: 'a', event: 'x', timestamp: T0 + 10 * MIN },
      { actorId: 'b', event: 'x', timestamp: T0 },
    ]);
    const sessions = splitSessions(table, { gapMs: 5 * MIN, mask: Uint8Array.of(1, 0) });
    expect(sessions.count).toBe(2);
    expect([...sessions.ofRow]).toEqual([0, 1, -1]);
  });
});

describe('startsNewSession', () => {
  it('applies the gap and the 24-hour cap', () => {
    expect(startsNewSession(T0 + SESSION_GAP_MS, T0, T0)).toBe(false);
    expect(startsNewSession(T0 + SESSION_GAP_MS + 1, T0, T0)).toBe(true);
    expect(startsNewSession(T0 + 24 * HOUR + 1, T0 + 24 * HOUR, T0)).toBe(true);
  });
});
