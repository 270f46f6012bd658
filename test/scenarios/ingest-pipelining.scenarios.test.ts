// The ingestor's pipelining (maxWritesInFlight, groupEvents) against a fake EventWriter whose
// writes the test resolves by hand, and a defer whose "end of turn" the test runs by hand.
import { describe, expect, it } from 'vitest';
import { asProfileId } from '../../src/core/shared/index.js';
import { ManualClock } from '../../src/adapters/system/system-clock.js';
import { createEventIngestor, type IngestOutcome } from '../../src/use-cases/ingest-events.js';
import type { IdGenerator } from '../../src/ports/ids.js';
import type { EventWriter, WriteOutcome, WriteRequest } from '../../src/ports/storage.js';

interface WriteCall {
  readonly requests: readonly WriteRequest[];
  resolve(outcomes?: WriteOutcome[]): void;
  reject(error: unknown): void;
}

/** A writer that records every call and answers only when told; tracks the most calls pending at once. */
function manualWriter() {
  const calls: WriteCall[] = [];
  let pending = 0;
  let peak = 0;
  const writer: EventWriter = {
    write(requests) {
      pending++;
      peak = Math.max(peak, pending);
      return new Promise<WriteOutcome[]>((resolve, reject) => {
        const done = () => pending--;
        calls.push({
          requests,
          resolve: (outcomes) => {
            done();
            resolve(outcomes ?? requests.map((r) => ({ accepted: r.events.length, duplicates: 0 })));
          },
          reject: (error) => {
            done();
            reject(error);
          },
        });
      });
    },
    close: () => Promise.resolve(),
  };
  return { writer, calls, pending: () => pending, peak: () => peak };
}

function setup(options: { maxWritesInFlight?: number; groupEvents?: number } = {}) {
  let n = 0;
  const ids: IdGenerator = {
    messageId: () => `gen-${++n}`,
    profileId: () => asProfileId(`prf-${++n}`),
    secret: () => `secret-${++n}`,
  };
  const deferred: Array<() => void> = [];
  const fake = manualWriter();
  const ingestor = createEventIngestor({
    writer: fake.writer,
    clock: new ManualClock(Date.parse('2026-03-01T10:00:00Z')),
    ids,
    defer: (callback) => deferred.push(callback),
    ...options,
  });
  /** Lets settled writes run their continuations, then ends the turn (runs what was deferred). */
  const endTurn = async (): Promise<void> => {
    for (let round = 0; round < 5; round++) {
      await new Promise((resolve) => setImmediate(resolve));
      const callbacks = deferred.splice(0);
      if (callbacks.length === 0) break;
      callbacks.forEach((callback) => callback());
    }
  };
  return { ingestor, ...fake, endTurn };
}

const track = (messageId: string) => ({ type: 'track', event: 'Viewed', anonymousId: 'a1', messageId });
const one = (messageId: string) => ({ items: [track(messageId)], ip: null });
const messageIds = (call: WriteCall | undefined) =>
  call?.requests.map((r) => r.events.map((e) => e.messageId).join('+'));

/** Settles a promise's state into something comparable without awaiting it forever. */
function observe<T>(promise: Promise<T>) {
  const state: { status: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } = {
    status: 'pending',
  };
  promise.then(
    (value) => Object.assign(state, { status: 'resolved', value }),
    (error: unknown) => Object.assign(state, { status: 'rejected', error }),
  );
  return state;
}

describe('groupEvents', () => {
  it('starts a write as soon as groupEvents events are queued, without waiting for the turn', async () => {
    const { ingestor, calls, endTurn } = setup({ groupEvents: 3, maxWritesInFlight: 4 });
    const first = observe(ingestor.ingest(one('g1')));
    void ingestor.ingest(one('g2'));
    expect(calls).toHaveLength(0);
    void ingestor.ingest(one('g3'));
    expect(calls).toHaveLength(1);
    expect(messageIds(calls[0])).toEqual(['g1', 'g2', 'g3']);
    void ingestor.ingest(one('g4'));
    expect(calls).toHaveLength(1);
    // The rest goes at the end of the turn, as before.
    await endTurn();
    expect(calls).toHaveLength(2);
    expect(messageIds(calls[1])).toEqual(['g4']);
    calls.forEach((call) => call.resolve());
    await endTurn();
    expect(first).toMatchObject({ status: 'resolved', value: { accepted: 1, duplicates: 0 } });
  });
});

describe('maxWritesInFlight', () => {
  it('keeps at most 2 writes pending; queued requests go out when one finishes', async () => {
    const { ingestor, calls, pending, peak, endTurn } = setup({ maxWritesInFlight: 2 });
    void ingestor.ingest(one('w1'));
    await endTurn();
    void ingestor.ingest(one('w2'));
    await endTurn();
    expect(calls).toHaveLength(2);
    void ingestor.ingest(one('w3'));
    void ingestor.ingest(one('w4'));
    await endTurn();
    expect(calls).toHaveLength(2);
    expect(pending()).toBe(2);
    calls[0]!.resolve();
    await endTurn();
    expect(calls).toHaveLength(3);
    expect(messageIds(calls[2])).toEqual(['w3', 'w4']);
    expect(peak()).toBe(2);
  });

  it('a full group does not exceed the limit when a turn-end flush is already scheduled', async () => {
    const { ingestor, calls, peak, endTurn } = setup({ maxWritesInFlight: 2, groupEvents: 3 });
    // w1 schedules the end-of-turn flush; w3 and w6 fill groups that go at once (2 in flight);
    // w7 waits. Ending the turn must not start a third write.
    for (let i = 1; i <= 7; i++) void ingestor.ingest(one(`w${i}`));
    expect(calls).toHaveLength(2);
    await endTurn();
    expect(peak()).toBeLessThanOrEqual(2);
    expect(calls).toHaveLength(2);
    calls[0]!.resolve();
    await endTurn();
    expect(messageIds(calls[2])).toEqual(['w7']);
  });
});

describe('outcomes and failures', () => {
  it('gives every caller its own accepted, duplicates and dropped', async () => {
    const { ingestor, calls, endTurn } = setup({ maxWritesInFlight: 2 });
    const a = ingestor.ingest({ items: [track('o1'), { type: 'track', anonymousId: 'x' }], ip: null });
    const b = ingestor.ingest({ items: [track('o2'), track('o3')], ip: null });
    await endTurn();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.requests.map((r) => r.dropped.length)).toEqual([1, 0]);
    calls[0]!.resolve([
      { accepted: 1, duplicates: 0 },
      { accepted: 1, duplicates: 1 },
    ]);
    const [outA, outB]: IngestOutcome[] = await Promise.all([a, b]);
    expect(outA).toMatchObject({ accepted: 1, duplicates: 0 });
    expect(outA?.dropped.map((d) => d.reason)).toEqual(['missing_event']);
    expect(outB).toEqual({ accepted: 1, duplicates: 1, dropped: [] });
  });

  it('a failed write rejects only its own requests', async () => {
    const { ingestor, calls, endTurn } = setup({ maxWritesInFlight: 2 });
    const failed = [observe(ingestor.ingest(one('f1'))), observe(ingestor.ingest(one('f2')))];
    await endTurn();
    const fine = observe(ingestor.ingest(one('f3')));
    await endTurn();
    expect(calls).toHaveLength(2);
    calls[0]!.reject(new Error('disk full'));
    calls[1]!.resolve();
    await endTurn();
    for (const state of failed)
      expect(state).toMatchObject({ status: 'rejected', error: { message: 'disk full' } });
    expect(fine).toMatchObject({ status: 'resolved', value: { accepted: 1 } });
    // The ingestor keeps working after a failure.
    const after = ingestor.ingest(one('f4'));
    await endTurn();
    calls[2]!.resolve();
    await expect(after).resolves.toMatchObject({ accepted: 1 });
  });
});

describe('drain', () => {
  it('waits for every pending write, queued ones included', async () => {
    const { ingestor, calls, endTurn } = setup({ maxWritesInFlight: 2, groupEvents: 2 });
    for (let i = 1; i <= 5; i++) void ingestor.ingest(one(`d${i}`));
    const drained = observe(ingestor.drain());
    await endTurn();
    expect(drained.status).toBe('pending');
    calls[0]!.resolve();
    await endTurn();
    expect(drained.status).toBe('pending');
    calls[1]!.resolve();
    await endTurn();
    expect(drained.status).toBe('pending');
    calls.slice(2).forEach((call) => call.resolve());
    await endTurn();
    expect(calls.flatMap((call) => messageIds(call))).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(drained.status).toBe('resolved');
    await expect(ingestor.drain()).resolves.toBeUndefined();
  });
});

describe('default options', () => {
  it('sends one group per turn with one write in flight', async () => {
    const { ingestor, calls, peak, endTurn } = setup();
    for (let i = 1; i <= 4; i++) void ingestor.ingest(one(`s${i}`));
    expect(calls).toHaveLength(0);
    await endTurn();
    expect(calls).toHaveLength(1);
    expect(messageIds(calls[0])).toEqual(['s1', 's2', 's3', 's4']);
    void ingestor.ingest(one('s5'));
    void ingestor.ingest(one('s6'));
    await endTurn();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve();
    await endTurn();
    expect(calls).toHaveLength(2);
    expect(messageIds(calls[1])).toEqual(['s5', 's6']);
    calls[1]!.resolve();
    const drained = ingestor.drain();
    await endTurn();
    await drained;
    expect(peak()).toBe(1);
  });

  it('also works with a real setImmediate defer', async () => {
    const fake = manualWriter();
    const ingestor = createEventIngestor({
      writer: fake.writer,
      clock: new ManualClock(0),
      ids: { messageId: () => 'm', profileId: () => asProfileId('p'), secret: () => 's' },
      defer: setImmediate,
    });
    const outcomes = Promise.all([ingestor.ingest(one('r1')), ingestor.ingest(one('r2'))]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.calls.map(messageIds)).toEqual([['r1', 'r2']]);
    fake.calls[0]!.resolve();
    await expect(outcomes).resolves.toHaveLength(2);
    await ingestor.drain();
  });
});
