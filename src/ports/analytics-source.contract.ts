import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asProfileId } from '../core/shared/index.js';
import type { ActorEvents } from '../core/analytics/index.js';
import type { Storage } from './storage.js';
import { ingest, trackedEvent } from './storage.contract.js';

/** Rows of a table as readable tuples, actor by actor. */
function rowsOf(table: ActorEvents, paths: string[] = []) {
  const out: Array<{
    actor: string;
    event: string;
    timestamp: number;
    values: Array<string | number | null>;
  }> = [];
  for (let a = 0; a < table.actorCount; a++) {
    for (let row = table.actorStart[a]!; row < table.actorStart[a + 1]!; row++) {
      out.push({
        actor: table.actorIds[a]!,
        event: table.eventKeys[table.events[row]!]!,
        timestamp: table.timestamps[row]!,
        values: paths.map((path) => {
          const column = table.column(path)!;
          const n = column.numbers[row]!;
          return Number.isNaN(n) ? (column.codes[row]! < 0 ? null : column.strings[column.codes[row]!]!) : n;
        }),
      });
    }
  }
  return out;
}

/** Everything a table holds, as plain arrays: two tables with equal views answer alike. */
export function actorEventsView(table: ActorEvents, paths: readonly string[]) {
  return {
    actors: table.actorIds,
    starts: Array.from(table.actorStart),
    timestamps: Array.from(table.timestamps),
    events: Array.from(table.events, (code) => table.eventKeys[code]),
    columns: paths.map((path) => {
      const column = table.column(path)!;
      return Array.from(column.codes, (code, row) => [
        code < 0 ? null : column.strings[code],
        column.numbers[row],
      ]);
    }),
  };
}

/** The behaviour every analytics source must have. Call beside `runStorageContract`. */
export function runAnalyticsSourceContract(name: string, open: () => Promise<Storage>): void {
  describe(`AnalyticsSource contract: ${name}`, () => {
    let storage: Storage;
    beforeEach(async () => {
      storage = await open();
    });
    afterEach(async () => {
      await storage.close();
    });

    it('returns every event sorted by actor then time, with call keys and property columns', async () => {
      await ingest(storage, [
        trackedEvent({
          anonymousId: 'a',
          event: 'Order Completed',
          timestamp: 3_000,
          properties: { revenue: 20, coupon: 'X' },
        }),
        trackedEvent({
          anonymousId: 'a',
          type: 'page',
          event: null,
          name: 'Home',
          timestamp: 1_000,
          properties: {},
        }),
        trackedEvent({
          anonymousId: 'b',
          event: 'Product Viewed',
          timestamp: 2_000,
          context: { page: { url: 'https://s/p/' } },
        }),
      ]);
      const table = await storage.analytics.actorEvents({
        properties: ['revenue', 'coupon', '$name', 'context.page.url'],
      });
      expect(table.size).toBe(3);
      expect(table.actorCount).toBe(2);
      const rows = rowsOf(table, ['revenue', 'coupon', '$name', 'context.page.url']);
      const a = rows.filter((r) => r.actor === rows[0]!.actor);
      expect(a.map((r) => [r.event, r.timestamp])).toEqual(
        rows[0]!.event === '$page'
          ? [
              ['$page', 1_000],
              ['Order Completed', 3_000],
            ]
          : [['Product Viewed', 2_000]],
      );
      const order = rows.find((r) => r.event === 'Order Completed')!;
      expect(order.values).toEqual([20, 'X', null, null]);
      expect(rows.find((r) => r.event === '$page')!.values).toEqual([null, null, 'Home', null]);
      expect(rows.find((r) => r.event === 'Product Viewed')!.values[3]).toBe('https://s/p/');
      for (let actor = 0; actor < table.actorCount; actor++) {
        expect(table.actorFirstSeen[actor]).toBe(table.timestamps[table.actorStart[actor]!]);
      }
    });

    it('sorts events that arrived out of time order', async () => {
      await ingest(storage, [trackedEvent({ userId: 'u', timestamp: 5_000 })]);
      await ingest(storage, [
        trackedEvent({ userId: 'u', timestamp: 1_000 }),
        trackedEvent({ userId: 'u', timestamp: 3_000 }),
      ]);
      const table = await storage.analytics.actorEvents({ properties: [] });
      expect(Array.from(table.timestamps)).toEqual([1_000, 3_000, 5_000]);
    });

    it('sees new events and merges made after an earlier query', async () => {
      await ingest(storage, [
        trackedEvent({ anonymousId: 'a', timestamp: 1_000 }),
        trackedEvent({ userId: 'u', timestamp: 2_000 }),
      ]);
      expect((await storage.analytics.actorEvents({ properties: [] })).actorCount).toBe(2);
      await ingest(storage, [
        trackedEvent({ type: 'identify', event: null, userId: 'u', anonymousId: 'a', timestamp: 3_000 }),
      ]);
      const table = await storage.analytics.actorEvents({ properties: ['revenue'] });
      expect(table.actorCount).toBe(1);
      expect(table.size).toBe(3);
      expect(table.actorIds[0]).toBe((await storage.profiles.findProfile('u'))!.id);
      expect(rowsOf(table).map((r) => r.event)).toEqual(['Product Viewed', 'Product Viewed', '$identify']);
      expect(table.column('revenue')!.numbers.length).toBe(3);
    });

    it('keeps static lists that follow merges', async () => {
      await ingest(storage, [trackedEvent({ anonymousId: 'a' }), trackedEvent({ userId: 'u' })]);
      const anonymous = (await storage.profiles.findProfile('a'))!.id;
      const list = await storage.lists.createList({ id: 'lst1', name: 'Dropped at cart', createdAt: 5 }, [
        anonymous,
      ]);
      expect(list.size).toBe(1);
      await ingest(storage, [trackedEvent({ type: 'identify', event: null, userId: 'u', anonymousId: 'a' })]);
      const merged = (await storage.profiles.findProfile('u'))!.id;
      expect(await storage.lists.listMembers('lst1')).toEqual(new Set([merged]));
      expect(await storage.lists.listMembers('nope')).toBeUndefined();
      expect((await storage.lists.lists()).map((l) => [l.id, l.size])).toEqual([['lst1', 1]]);
      expect(asProfileId(merged)).toBe(merged);
    });
  });
}
