import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../build-actor-events.js';
import { cleanPageItem } from './path-items.js';
import { pathsQuerySchema, type PathsQuery } from './paths-query.js';
import { pathsActors, pathsProperties, runPaths } from './run-paths.js';

const at = (iso: string) => Date.parse(iso);
const NOW = { now: at('2030-01-01T00:00:00Z') };
type Row = [actor: string, event: string, time: string, properties?: Record<string, unknown>];
const table = (rows: Row[]) =>
  buildActorEvents(
    rows.map(([actorId, event, time, properties]): ActorEventInput => ({
      actorId,
      event,
      timestamp: at(time),
      properties,
    })),
  );
const query = (fields: Record<string, unknown> = {}): PathsQuery =>
  pathsQuerySchema.parse({
    dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-01-01T23:59:59Z' },
    ...fields,
  });
const edgeList = (result: ReturnType<typeof runPaths>) =>
  result.edges.map((e) => `${e.from} > ${e.to} ${e.count}`);

const shop = table([
  ['a', 'Product Viewed', '2024-01-01T10:00:00Z'], // a: PV, PA, CS, OC in one session
  ['a', 'Product Added', '2024-01-01T10:05:00Z'],
  ['a', 'Checkout Started', '2024-01-01T10:10:00Z'],
  ['a', 'Order Completed', '2024-01-01T10:20:00Z'],
  ['b', 'Product Viewed', '2024-01-01T10:00:00Z'], // b: PV, PV (collapsed), PA …
  ['b', 'Product Viewed', '2024-01-01T10:01:00Z'],
  ['b', 'Product Added', '2024-01-01T10:02:00Z'],
  ['b', 'Product Viewed', '2024-01-01T11:00:00Z'], // … 58 minutes later a new path: PV, PS
  ['b', 'Products Searched', '2024-01-01T11:10:00Z'],
  ['c', '$page', '2024-01-01T09:00:00Z'], // c: $page, PV, PA
  ['c', 'Product Viewed', '2024-01-01T09:01:00Z'],
  ['c', 'Product Added', '2024-01-01T09:02:00Z'],
  ['c', 'Order Completed', '2024-01-02T09:00:00Z'], // after the range
]);

describe('runPaths: events', () => {
  it('counts transitions between numbered steps, most frequent first', () => {
    const result = runPaths(shop, query(), NOW);
    // 1_PV > 2_PA is made by a and by b's first path; every other transition once.
    expect(edgeList(result)).toEqual([
      '1_Product Viewed > 2_Product Added 2',
      '1_$page > 2_Product Viewed 1',
      '1_Product Viewed > 2_Products Searched 1',
      '2_Product Added > 3_Checkout Started 1',
      '2_Product Viewed > 3_Product Added 1',
      '3_Checkout Started > 4_Order Completed 1',
    ]);
    // Paths through each node: 1_PV = a + b's two paths.
    expect(result.nodes.slice(0, 2)).toEqual([
      { name: '1_Product Viewed', count: 3 },
      { name: '2_Product Added', count: 2 },
    ]);
  });

  it('a start anchor begins each path at the first matching event of its session', () => {
    // a: PA, CS, OC. b: first path is just PA (no edge); its second has no PA (dropped). c: PA.
    expect(edgeList(runPaths(shop, query({ start: { event: 'Product Added' } }), NOW))).toEqual([
      '1_Product Added > 2_Checkout Started 1',
      '2_Checkout Started > 3_Order Completed 1',
    ]);
  });

  it('an end anchor ends the path there and keeps the steps before it', () => {
    // a: PV, PA. b: PV, PA. c: $page, PV, PA — and with 2 steps only PV, PA.
    expect(edgeList(runPaths(shop, query({ end: { event: 'Product Added' } }), NOW))).toEqual([
      '1_Product Viewed > 2_Product Added 2',
      '1_$page > 2_Product Viewed 1',
      '2_Product Viewed > 3_Product Added 1',
    ]);
    expect(edgeList(runPaths(shop, query({ end: { event: 'Product Added' }, steps: 2 }), NOW))).toEqual([
      '1_Product Viewed > 2_Product Added 3',
    ]);
  });

  it('with both anchors a long path keeps its ends around "..."', () => {
    const long = table(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((event, i): Row => ['d', event, `2024-01-01T10:0${i}:00Z`]),
    );
    // A … G is 7 items; 4 steps keep the first 2 and the last 2: A, B, ..., F, G.
    expect(
      edgeList(runPaths(long, query({ start: { event: 'A' }, end: { event: 'G' }, steps: 4 }), NOW)),
    ).toEqual(['1_A > 2_B 1', '2_B > 3_... 1', '3_... > 4_F 1', '4_F > 5_G 1']);
    expect(
      pathsActors(long, query({ start: { event: 'A' }, end: { event: 'G' }, steps: 4 }), {
        from: '2_B',
        to: '3_...',
      }),
    ).toEqual([0]);
  });

  it('a gap of exactly sessionGapMinutes does not cut the path; one ms more does', () => {
    const gap = (minutes: string) =>
      table([
        ['a', 'A', '2024-01-01T10:00:00.000Z'],
        ['a', 'B', `2024-01-01T10:${minutes}Z`],
      ]);
    expect(edgeList(runPaths(gap('30:00.000'), query(), NOW))).toEqual(['1_A > 2_B 1']);
    expect(edgeList(runPaths(gap('30:00.001'), query(), NOW))).toEqual([]);
  });

  it('keeps the top edgeLimit edges and honours a longer session gap', () => {
    expect(edgeList(runPaths(shop, query({ edgeLimit: 1 }), NOW))).toEqual([
      '1_Product Viewed > 2_Product Added 2',
    ]);
    // With 2 hours, b's two visits are one path: PV, PA, PV, PS.
    const merged = edgeList(runPaths(shop, query({ sessionGapMinutes: 120 }), NOW));
    expect(merged).toContain('2_Product Added > 3_Product Viewed 1');
    expect(merged).toContain('3_Product Viewed > 4_Products Searched 1');
  });

  it('lists the actors who made a transition or reached a node (a = 0, b = 1, c = 2)', () => {
    expect(pathsActors(shop, query(), { from: '1_Product Viewed', to: '2_Product Added' })).toEqual([0, 1]);
    expect(pathsActors(shop, query(), { to: '3_Product Added' })).toEqual([2]);
    expect(pathsActors(shop, query(), { from: '1_Product Viewed', to: '3_Product Added' })).toEqual([]);
    expect(pathsActors(shop, query(), { to: '2_Nothing' })).toEqual([]);
    expect(
      pathsActors(shop, query(), { to: '1_Product Viewed' }, { mask: Uint8Array.from([1, 0, 1]) }),
    ).toEqual([0]);
  });
});

describe('runPaths: pages', () => {
  const pages = table([
    ['a', '$page', '2024-01-01T10:00:00Z', { url: 'https://shop.test/' }],
    ['a', 'Product Viewed', '2024-01-01T10:00:30Z'], // not a page: no item
    ['a', '$page', '2024-01-01T10:01:00Z', { context: { page: { url: 'https://shop.test/cart/' } } }],
    ['a', '$page', '2024-01-01T10:02:00Z', { path: '/checkout/' }],
    ['a', '$page', '2024-01-01T10:03:00Z', { $name: 'Thank you' }],
    ['b', '$screen', '2024-01-01T10:00:00Z', { $name: 'Home' }],
    ['b', '$page', '2024-01-01T10:01:00Z', { url: 'https://shop.test' }],
  ]);

  it('uses the URL without its trailing slash, then path, then name; screens by name', () => {
    expect(edgeList(runPaths(pages, query({ item: 'page' }), NOW))).toEqual([
      '1_Home > 2_https://shop.test 1',
      '1_https://shop.test > 2_https://shop.test/cart 1',
      '2_https://shop.test/cart > 3_/checkout 1',
      '3_/checkout > 4_Thank you 1',
    ]);
    expect(
      pathsProperties(
        query({ item: 'page', start: { event: '$page', where: [{ property: 'url', op: 'is_set' }] } }),
      ),
    ).toEqual(['url', 'context.page.url', 'path', '$name']);
  });

  it('cleanPageItem drops one trailing slash but keeps a bare "/"', () => {
    expect([cleanPageItem('/'), cleanPageItem('/a/'), cleanPageItem('/a//'), cleanPageItem('/a')]).toEqual([
      '/',
      '/a',
      '/a/',
      '/a',
    ]);
  });
});

describe('pathsQuerySchema', () => {
  const paths = (body: unknown) => pathsQuerySchema.safeParse(body).error?.issues.map((i) => i.path);
  const dateRange = { from: '2024-01-01T00:00:00Z', to: '2024-01-02T00:00:00Z' };

  it('fills PostHog’s defaults and names the field at fault', () => {
    expect(pathsQuerySchema.parse({ dateRange })).toMatchObject({
      item: 'event',
      steps: 5,
      edgeLimit: 50,
      sessionGapMinutes: 30,
    });
    expect(paths({ dateRange, steps: 21 })).toEqual([['steps']]);
    expect(paths({ dateRange, item: 'screen' })).toEqual([['item']]);
    expect(paths({ dateRange, sessionGapMinutes: 0 })).toEqual([['sessionGapMinutes']]);
    expect(paths({ dateRange: { from: 'soon', to: dateRange.to } })).toEqual([['dateRange', 'from']]);
  });
});

describe('runPaths properties', () => {
  it('edge counts add up to the transitions of all paths, in any row order', () => {
    const BASE = at('2024-01-01T00:00:00Z');
    const rows = fc.uniqueArray(
      fc.record({
        actor: fc.constantFrom('a', 'b', 'c'),
        event: fc.constantFrom('A', 'B', 'C'),
        minutes: fc.integer({ min: 0, max: 600 }),
      }),
      { maxLength: 40, selector: (r) => `${r.actor}${r.minutes}` },
    );
    fc.assert(
      fc.property(rows, fc.integer({ min: 2, max: 6 }), (input, steps) => {
        const events = input.map((r): ActorEventInput => ({
          actorId: r.actor,
          event: r.event,
          timestamp: BASE + r.minutes * 60_000,
        }));
        const q = query({ steps, edgeLimit: 1000 });
        const result = runPaths(buildActorEvents(events), q, NOW);
        const firstSteps = result.nodes
          .filter((n) => n.name.startsWith('1_'))
          .reduce((sum, n) => sum + n.count, 0);
        const allSteps = [
          ...new Map(
            result.edges.flatMap((e) => [
              [e.from, 0],
              [e.to, 0],
            ]),
          ).keys(),
        ];
        expect(allSteps.length).toBe(result.nodes.length);
        // Every path longer than one item leaves its first node by exactly one edge.
        const leaving = result.edges
          .filter((e) => e.from.startsWith('1_'))
          .reduce((sum, e) => sum + e.count, 0);
        expect(leaving).toBeLessThanOrEqual(firstSteps);
        expect(runPaths(buildActorEvents([...events].reverse()), q, NOW)).toEqual(result);
      }),
      { numRuns: 150 },
    );
  });
});
