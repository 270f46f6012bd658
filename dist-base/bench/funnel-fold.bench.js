// Micro-benchmark of the funnel fold (not a test): builds a synthetic ActorEvents table straight
// from typed arrays (default 10M rows: 1M actors × 10 events, about half of them funnel steps) and
// times step matching, the per-actor fold and the whole runFunnel for each order.
//   npx tsx bench/funnel-fold.bench.ts [rows=10000000] [eventsPerActor=10]
import { performance } from 'node:perf_hooks';
import { compileFunnelMatcher } from '../src/core/analytics/funnel/funnel-matcher.js';
import { forEachFunnelActor, planFunnel } from '../src/core/analytics/funnel/funnel-plan.js';
import { funnelQuerySchema } from '../src/core/analytics/funnel/funnel-query.js';
import { runFunnel } from '../src/core/analytics/funnel/run-funnel.js';
import { SeededRandom } from '../src/core/demo/index.js';
const rows = Number(process.argv[2] ?? 10_000_000);
const perActor = Number(process.argv[3] ?? 10);
const EVENT_KEYS = [
    'Product Viewed',
    'Product Added',
    'Checkout Started',
    'Order Completed',
    '$page',
    'Products Searched',
    '$identify',
    'Cart Viewed',
];
const START = Date.parse('2026-01-01T00:00:00Z');
function syntheticTable(size, eventsPerActor) {
    const rng = new SeededRandom(42);
    const next = () => rng.next();
    const actorCount = Math.ceil(size / eventsPerActor);
    const actorStart = new Int32Array(actorCount + 1);
    const timestamps = new Float64Array(size);
    const events = new Int32Array(size);
    const utm = new Int32Array(size);
    for (let a = 0, row = 0; a < actorCount; a++) {
        actorStart[a] = row;
        let t = START + Math.floor(next() * 60 * 86_400_000);
        let stage = 0; // actors tend to walk the funnel: about half of all rows are step events
        for (let i = 0; i < eventsPerActor && row < size; i++, row++) {
            t += Math.floor(next() * 6 * 3_600_000);
            timestamps[row] = t;
            const roll = next();
            if (roll < 0.5) {
                events[row] = Math.min(stage, 3);
                if (next() < 0.6)
                    stage++;
            }
            else {
                events[row] = 4 + Math.floor(next() * 4);
            }
            utm[row] = next() < 0.3 ? Math.floor(next() * 5) : -1;
        }
    }
    actorStart[actorCount] = size;
    const utmColumn = {
        numbers: new Float64Array(size).fill(Number.NaN),
        codes: utm,
        strings: ['google', 'bing', 'newsletter', 'facebook', 'direct'],
    };
    return {
        size,
        actorCount,
        actorStart,
        actorIds: Array.from({ length: actorCount }, (_, a) => `p${a}`),
        actorFirstSeen: new Float64Array(actorCount).fill(START),
        timestamps,
        events,
        eventKeys: EVENT_KEYS,
        column: (path) => (path === 'utm' ? utmColumn : undefined),
    };
}
function time(label, repeat, work) {
    let result;
    const samples = [];
    for (let i = 0; i < repeat; i++) {
        const started = performance.now();
        result = work();
        samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    console.log(`${label.padEnd(44)} best ${samples[0].toFixed(0).padStart(5)} ms   median ${samples[samples.length >> 1].toFixed(0).padStart(5)} ms`);
    return result;
}
const built = performance.now();
const table = syntheticTable(rows, perActor);
console.log(`table: ${table.size.toLocaleString()} rows, ${table.actorCount.toLocaleString()} actors (built in ${(performance.now() - built).toFixed(0)} ms)`);
const body = {
    steps: EVENT_KEYS.slice(0, 4).map((event) => ({ event })),
    dateRange: { from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' },
};
const ordered = funnelQuerySchema.parse(body);
const matcher = time('match steps (compileFunnelMatcher)', 5, () => compileFunnelMatcher(table, ordered.steps, ordered.exclusions, ordered.dateRange.from, ordered.dateRange.to + 14 * 86_400_000));
let matching = 0;
for (let r = 0; r < table.size; r++)
    if (matcher.sig(r) >= 0)
        matching++;
console.log(`rows matching a step: ${matching.toLocaleString()}`);
for (const order of ['ordered', 'strict', 'unordered']) {
    const query = funnelQuerySchema.parse({ ...body, order });
    const plan = planFunnel(table, query, undefined);
    const reached = new Float64Array(4);
    time(`fold only, ${order}`, 7, () => {
        reached.fill(0);
        forEachFunnelActor(plan, (_actor, maxStep) => {
            if (maxStep >= 0)
                reached[maxStep] += 1;
        });
    });
    console.log(`  furthest step 0..3: ${Array.from(reached).join(' / ')}`);
    time(`runFunnel, ${order}`, 3, () => runFunnel(table, query, { now: START }));
}
const withExclusion = funnelQuerySchema.parse({
    ...body,
    exclusions: [{ event: 'Cart Viewed', fromStep: 1, toStep: 3 }],
});
time('runFunnel, ordered + exclusion', 3, () => runFunnel(table, withExclusion, { now: START }));
for (const attribution of ['first_touch', 'all_events']) {
    const query = funnelQuerySchema.parse({ ...body, breakdown: { property: 'utm', attribution } });
    time(`runFunnel, ordered + breakdown ${attribution}`, 3, () => runFunnel(table, query, { now: START }));
}
const trends = funnelQuerySchema.parse({ ...body, trends: { interval: 'week' } });
time('runFunnel, ordered + weekly trends', 3, () => runFunnel(table, trends, { now: START }));
//# sourceMappingURL=funnel-fold.bench.js.map