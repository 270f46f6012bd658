import { describe, expect, it } from 'vitest';
import { buildActorEvents, type ActorEventInput } from '../index.js';
import { nextOrderQueryKind } from './next-order-query-kind.js';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);

/**
 * 40 customers: the first 30 order every 20 days until day 160 (steady and recent), the last 10
 * ordered twice early (days 0 and 10) and never again. As of day 170, BG/NBD should find the
 * steady buyers alive and the early ones probably lapsed.
 */
function store(): ActorEventInput[] {
  const rows: ActorEventInput[] = [];
  for (let c = 0; c < 40; c++) {
    const days = c < 30 ? [0, 20, 40, 60, 80, 100, 120, 140, 160] : [0, 10];
    for (const d of days) {
      rows.push({
        actorId: `c${String(c).padStart(2, '0')}`,
        event: 'Order Completed',
        timestamp: start + (d + (c % 3)) * DAY,
        properties: { revenue: 50 },
      });
    }
  }
  return rows;
}

describe('next-orders query kind', () => {
  it('takes churn risk from the BG/NBD P(alive) as well as from the order intervals', () => {
    const table = buildActorEvents(store());
    const query = nextOrderQueryKind.schema.parse({ asOf: new Date(start + 170 * DAY).toISOString() });
    const result = nextOrderQueryKind.run(table, query, { now: start + 170 * DAY });
    const byId = new Map(result.customers.map((c) => [c.profileId, c]));
    const steady = byId.get('c00')!;
    const lapsed = byId.get('c35')!;
    expect(steady.pAlive).not.toBeNull();
    expect(lapsed.pAlive).not.toBeNull();
    expect(steady.pAlive!).toBeGreaterThan(lapsed.pAlive!);
    expect(lapsed.churnRisk).toBe('high');
    expect(
      nextOrderQueryKind.actors(table, query, { churnRisk: 'high' }, { now: start + 170 * DAY }),
    ).toContain(table.actorIds.indexOf('c35' as never));
  });
});
