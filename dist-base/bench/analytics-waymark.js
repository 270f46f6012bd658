// Waymark's side of the analytics bench: load through the ingest path, then time the queries
// through the same use case the HTTP API calls.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteStorage } from '../src/adapters/storage/sqlite/sqlite-storage.js';
import { nodeIds } from '../src/adapters/system/node-ids.js';
import { systemClock } from '../src/adapters/system/system-clock.js';
import { importLines } from '../src/cli/commands/import.js';
import { QUERY_KINDS } from '../src/core/analytics/index.js';
import { startEventIngest } from '../src/cli/event-ingest.js';
import { createAnalyticsQueries } from '../src/use-cases/query-analytics.js';
const RANGE = { from: '2024-01-01T00:00:00.000Z', to: '2024-02-25T23:59:59.999Z' };
export const FUNNEL_QUERY = {
    steps: ['Product Viewed', 'Product Added', 'Checkout Started', 'Order Completed'].map((event) => ({
        event,
    })),
    order: 'ordered',
    window: { value: 14, unit: 'day' },
    dateRange: RANGE,
};
export const RETENTION_QUERY = {
    startEvent: { event: 'Product Viewed' },
    returnEvent: { event: null },
    period: 'week',
    periods: 8,
    cohortMode: 'first_time',
    criterion: 'on',
    timeBasis: 'calendar',
    dateRange: RANGE,
};
const seconds = (since) => (performance.now() - since) / 1000;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
async function timed(runs, work) {
    let result = await work();
    const times = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        result = await work();
        times.push(seconds(start));
    }
    process.stderr.write(`  runs: ${times.map((t) => t.toFixed(3)).join(' ')}\n`);
    return { seconds: median(times), result };
}
/** Loads `data` into a fresh store and times the queries, `runs` times each after a warm-up. */
export async function measureWaymark(data, runs, scratch) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-analytics-'));
    const file = path.join(dir, 'waymark.db');
    const storage = await openSqliteStorage({ file });
    // The product's own ingest path: validation here, commits on the writer thread (as `waymark import`).
    const ingest = await startEventIngest({
        storage,
        file,
        synchronous: 'full',
        clock: systemClock,
        groupEvents: 2_500,
    });
    try {
        const { ingestor } = ingest;
        // As in a running server, the index is live before events arrive and follows every commit.
        while (storage.warmStep()) {
            // an empty store: one step
        }
        const loadStart = performance.now();
        const loaded = await importLines(ingestor, data);
        const loadSeconds = seconds(loadStart);
        const indexStart = performance.now();
        await storage.analytics.actorEvents({ properties: [] });
        const indexSeconds = seconds(indexStart);
        const rebuild = await measureRebuild(path.join(dir, 'waymark.db'));
        const queries = createAnalyticsQueries({
            kinds: QUERY_KINDS,
            source: storage.analytics,
            lists: storage.lists,
            profiles: storage.profiles,
            clock: systemClock,
            ids: nodeIds,
        });
        process.stderr.write('  funnel\n');
        const funnel = await timed(runs, () => queries.run('funnel', FUNNEL_QUERY));
        process.stderr.write('  retention\n');
        const retention = await timed(runs, () => queries.run('retention', RETENTION_QUERY));
        process.stderr.write('  kpis\n');
        const kpis = await timed(runs, () => queries.run('kpis', { dateRange: RANGE }));
        process.stderr.write(`  kpis: ${JSON.stringify(kpis.result)}\n`);
        const freshness = await measureFreshness(ingestor, data, scratch, () => queries.run('funnel', FUNNEL_QUERY));
        return {
            rebuild,
            events: loaded.accepted,
            loadSeconds,
            indexSeconds,
            funnelSeconds: funnel.seconds,
            retentionSeconds: retention.seconds,
            kpiSeconds: kpis.seconds,
            funnelLevels: levelsOf(funnel.result),
            retentionTsv: retentionTsvOf(retention.result),
            freshness,
        };
    }
    finally {
        await ingest.close();
        await storage.close();
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
/** Opens the store again, as after a crash, and times building the index from the file alone. */
async function measureRebuild(file) {
    const reopened = await openSqliteStorage({ file });
    const start = performance.now();
    while (reopened.warmStep()) {
        // chunk by chunk, as the server does in the background
    }
    await reopened.analytics.actorEvents({ properties: [] });
    const took = seconds(start);
    await reopened.close();
    return took;
}
/** People by furthest step, as the peers report it: count(≥ K) − count(≥ K+1). */
function levelsOf(answer) {
    const counts = answer.steps.map((step) => step.count);
    return new Map(counts.map((count, k) => [k + 1, count - (counts[k + 1] ?? 0)]));
}
/** The peers' retention TSV: `week<TAB>n<TAB>people` for every cell up to the last week of data. */
function retentionTsvOf(answer) {
    const week = (iso) => Math.floor((Math.floor(Date.parse(iso) / 86_400_000) + 3) / 7);
    const lastWeek = week(RANGE.to);
    const lines = [];
    for (const cohort of answer.cohorts) {
        const first = week(cohort.start);
        cohort.values.forEach((people, n) => {
            if (first + n <= lastWeek)
                lines.push(`${first}\t${n}\t${people}`);
        });
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
}
/** Ingests 10,000 more events (copies with new message ids) and times the first query after them. */
async function measureFreshness(ingestor, data, scratch, query) {
    const fd = fs.openSync(data, 'r');
    const buffer = Buffer.alloc(8_000_000);
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    fs.closeSync(fd);
    const head = buffer.toString('utf8', 0, read).split('\n').slice(0, 10_000).filter(Boolean);
    const fresh = path.join(scratch, 'fresh.ndjson');
    fs.writeFileSync(fresh, head.map((line) => line.replace(/"messageId":"([^"]+)"/, '"messageId":"$1-fresh"')).join('\n'));
    await importLines(ingestor, fresh);
    const start = performance.now();
    await query();
    return { events: head.length, seconds: seconds(start) };
}
//# sourceMappingURL=analytics-waymark.js.map