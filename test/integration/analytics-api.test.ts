// The analytics query API over HTTP (spec §3): reports on a small hand-made store, the people
// behind a number, saving them as a list, restricting a report to that list, and 400s that name
// the bad field. The rules themselves are tested in src/core/analytics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDataDir, startServer, type ServerProcess } from '../support/server-process.js';
import { post } from '../support/tracking-client.js';

let server: ServerProcess;
const day = (n: number, hour = 10) => new Date(Date.UTC(2026, 0, 5 + n, hour)).toISOString();
const range = { from: '2026-01-01T00:00:00Z', to: '2026-01-31T23:59:59Z' };
const funnel = {
  steps: [{ event: 'Product Viewed' }, { event: 'Product Added' }, { event: 'Order Completed' }],
  window: { value: 14, unit: 'day' },
  dateRange: range,
};

// Report bodies are read loosely here; their exact shapes are the core tests' concern.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function api(path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: await response.json() };
}

beforeAll(async () => {
  server = await startServer();
  // ann: views, adds, orders. bob: views, adds. cat: views only. dan: views on day 20 only.
  const track = (userId: string, event: string, at: string, properties: object = {}) => ({
    type: 'track',
    userId,
    event,
    timestamp: at,
    properties,
  });
  const batch = [
    track('ann', 'Product Viewed', day(0)),
    track('ann', 'Product Added', day(0, 11)),
    track('ann', 'Order Completed', day(1), { revenue: 80 }),
    track('bob', 'Product Viewed', day(0)),
    track('bob', 'Product Added', day(2)),
    track('cat', 'Product Viewed', day(1)),
    track('dan', 'Product Viewed', day(20)),
  ];
  const sent = await post(server.url, '/v1/batch', { batch }, { basicKey: server.writeKey });
  expect(sent.status).toBe(200);
});
afterAll(async () => {
  await server.stop();
  removeDataDir(server.dataDir);
});

describe('analytics over HTTP', () => {
  it('lists the query kinds', async () => {
    const { json } = await api('/api/query');
    expect(json.kinds).toEqual(
      expect.arrayContaining(['funnel', 'retention', 'lifecycle', 'paths', 'trends', 'kpis', 'clv']),
    );
  });

  it('answers a funnel in the spec shape', async () => {
    const { status, json } = await api('/api/query/funnel', funnel);
    expect(status).toBe(200);
    expect(json.steps.map((s: { count: number }) => s.count)).toEqual([4, 2, 1]);
    expect(json.steps[1]).toMatchObject({
      name: 'Product Added',
      overallConversion: 0.5,
      stepConversion: 0.5,
    });
    expect(json.steps[0].timeToConvertMs).toEqual({ mean: null, median: null, p90: null });
  });

  it('lists the people who dropped out after a step, saves them, and restricts a report to them', async () => {
    const dropped = await api('/api/query/funnel/actors', {
      query: funnel,
      cell: { step: 1, dropped: true },
      saveAs: 'Viewed, never added',
    });
    expect(dropped.status).toBe(200);
    expect(dropped.json.total).toBe(2);
    expect(dropped.json.profiles.map((p: { userId: string }) => p.userId).sort()).toEqual(['cat', 'dan']);
    expect(dropped.json.list).toMatchObject({ name: 'Viewed, never added', size: 2 });
    const lists = await api('/api/lists');
    expect(lists.json.lists.map((l: { id: string }) => l.id)).toContain(dropped.json.list.id);
    const restricted = await api('/api/query/funnel', { ...funnel, segmentId: dropped.json.list.id });
    expect(restricted.json.steps.map((s: { count: number }) => s.count)).toEqual([2, 0, 0]);
  });

  it('pages through actors', async () => {
    const first = await api('/api/query/funnel/actors', {
      query: funnel,
      cell: { step: 0 },
      limit: 3,
      offset: 0,
    });
    const rest = await api('/api/query/funnel/actors', {
      query: funnel,
      cell: { step: 0 },
      limit: 3,
      offset: 3,
    });
    expect(first.json.total).toBe(4);
    expect(first.json.profiles).toHaveLength(3);
    expect(rest.json.profiles).toHaveLength(1);
  });

  it('computes KPIs and lifecycle on the same store', async () => {
    const kpis = await api('/api/query/kpis', { dateRange: range });
    expect(kpis.status).toBe(200);
    expect(kpis.json).toMatchObject({
      visitors: 4,
      orders: 1,
      revenue: 80,
      repeatPurchaseRate: 0,
      averageOrderValue: 80,
    });
    const lifecycle = await api('/api/query/lifecycle', {
      event: { event: 'Product Viewed' },
      period: 'week',
      dateRange: range,
    });
    expect(lifecycle.status).toBe(200);
    expect(lifecycle.json.periods.length).toBeGreaterThan(3);
  });

  it.each([
    ['empty steps', { ...funnel, steps: [] }, 'steps'],
    ['window ≤ 0', { ...funnel, window: { value: 0, unit: 'day' } }, 'window'],
    ['invalid date', { ...funnel, dateRange: { from: '2026-02-30T00:00:00Z', to: range.to } }, 'dateRange'],
    ['bad time zone', { ...funnel, timezone: 'Mars/Olympus' }, 'timezone'],
    ['unknown list', { ...funnel, segmentId: 'lst_nope' }, 'segmentId'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const { status, json } = await api('/api/query/funnel', body);
    expect(status).toBe(400);
    expect(json.error.code).toBe('E_VALIDATION');
    expect(json.error.details.field).toContain(field);
  });

  it('answers 400 for 0 retention periods and 404 for an unknown kind', async () => {
    const retention = await api('/api/query/retention', {
      startEvent: { event: 'Product Viewed' },
      returnEvent: { event: null },
      period: 'week',
      periods: 0,
      dateRange: range,
    });
    expect(retention.status).toBe(400);
    expect(retention.json.error.details.field).toContain('periods');
    expect((await api('/api/query/nope', {})).status).toBe(404);
  });
});
