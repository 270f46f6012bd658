// Retention fold on a synthetic 10M-row ActorEvents table shaped like the shared bench data
// (620k people, ~16 events each, 8 Monday weeks from 2024-01-01). Times the bench check (cohort =
// Monday UTC week of the first Product Viewed, any later event returns), checks it against the
// bench peers' plain fold, then times a few other retention shapes and raw period bucketing.
//
//   npx tsx bench/retention-fold.bench.ts [people=620000] [runs=5]
import { performance } from 'node:perf_hooks';
import { retentionQuerySchema } from '../src/core/analytics/retention/retention-query.js';
import { runRetention } from '../src/core/analytics/retention/run-retention.js';
import { createPeriodBucketer } from '../src/core/analytics/time/period-bucketer.js';
import { SeededRandom } from '../src/core/demo/index.js';
const people = Number(process.argv[2] ?? 620_000);
const runs = Number(process.argv[3] ?? 5);
const START = Date.parse('2024-01-01T00:00:00Z');
const DAY = 86_400_000;
const DAYS = 56;
const KEYS = [
    '$page',
    'Product Viewed',
    'Product Added',
    'Products Searched',
    'Checkout Started',
    '$identify',
    'Order Completed',
];
const WEIGHTS = [0.52, 0.36, 0.06, 0.04, 0.009, 0.007, 0.004]; // the 10M mix of bench/RESULTS.md
function syntheticTable(count) {
    const rng = new SeededRandom(1);
    const next = () => rng.next();
    const actorStart = new Int32Array(count + 1);
    const times = [];
    const codes = [];
    const end = START + DAYS * DAY;
    for (let actor = 0; actor < count; actor++) {
        let at = START + Math.floor(next() * DAYS * DAY);
        const events = 1 + Math.floor(-Math.log(1 - next()) * 17); // ≈ 16 per person once cut at day 56
        for (let i = 0; i < events && at < end; i++) {
            let pick = next();
            let code = 0;
            while (code < WEIGHTS.length - 1 && pick >= WEIGHTS[code])
                pick -= WEIGHTS[code++];
            times.push(at);
            codes.push(code);
            // Mostly seconds to minutes apart; now and then a return visit days later.
            at += next() < 0.04 ? Math.floor(next() * 14 * DAY) : 1000 + Math.floor(next() * 120_000);
        }
        actorStart[actor + 1] = times.length;
    }
    const timestamps = Float64Array.from(times);
    return {
        size: timestamps.length,
        actorCount: count,
        actorStart,
        actorIds: Array.from({ length: count }, (_, i) => `p${i}`),
        actorFirstSeen: Float64Array.from({ length: count }, (_, a) => timestamps[actorStart[a]] ?? 0),
        timestamps,
        events: Int32Array.from(codes),
        eventKeys: KEYS,
        column: () => undefined,
    };
}
/** The bench peers' retention (peers/sqlite-fold.mjs), on the same columns: cohort*1000 + n → people. */
function peerFold(table) {
    const viewed = KEYS.indexOf('Product Viewed');
    const weekOf = (t) => Math.floor((Math.floor(t / DAY) + 3) / 7);
    const cells = new Map();
    for (let a = 0; a < table.actorCount; a++) {
        let cohort = -1;
        let lastWeek = -1;
        for (let row = table.actorStart[a]; row < table.actorStart[a + 1]; row++) {
            const week = weekOf(table.timestamps[row]);
            if (cohort < 0) {
                if (table.events[row] !== viewed)
                    continue;
                cohort = week;
            }
            if (week !== lastWeek) {
                lastWeek = week;
                cells.set(cohort * 1000 + week - cohort, (cells.get(cohort * 1000 + week - cohort) ?? 0) + 1);
            }
        }
    }
    return cells;
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)];
/** Median wall and CPU time of `runs` runs after a warm-up (CPU time shows contention on a busy host). */
function time(label, fn) {
    let result = fn();
    const wall = [];
    const cpu = [];
    for (let i = 0; i < runs; i++) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        result = fn();
        wall.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
    }
    const list = wall.map((s) => s.toFixed(0)).join(' ');
    console.log(`${label.padEnd(46)} wall ${median(wall).toFixed(1)} ms, cpu ${median(cpu).toFixed(1)} ms  (wall runs ${list})`);
    return result;
}
const t0 = performance.now();
const table = syntheticTable(people);
console.log(`table: ${table.size} rows, ${table.actorCount} actors, built in ${(performance.now() - t0).toFixed(0)} ms`);
const benchQuery = retentionQuerySchema.parse({
    startEvent: { event: 'Product Viewed' },
    returnEvent: { event: null },
    period: 'week',
    periods: 8,
    dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-02-25T23:59:59.999Z' },
});
const now = { now: Date.parse('2024-03-01T00:00:00Z') };
const result = time('bench check (first_time, any event, UTC weeks)', () => runRetention(table, benchQuery, now));
const expected = time("the peers' plain fold, same columns", () => peerFold(table));
const firstWeek = createPeriodBucketer({ period: 'week' }).index(START);
let mismatches = 0;
result.cohorts.forEach((cohort, k) => cohort.values.forEach((value, n) => {
    if (value !== (expected.get((firstWeek + k) * 1000 + n) ?? 0))
        mismatches++;
}));
console.log(`check against the peers' fold: ${mismatches === 0 ? 'identical' : `${mismatches} cells differ`}`);
console.log(`cohort sizes: ${result.cohorts.map((c) => c.size).join(' ')}`);
const variants = [
    ['same, Europe/Berlin weeks', { timezone: 'Europe/Berlin' }],
    ['same, on_or_after', { criterion: 'on_or_after' }],
    ['same, rolling weeks', { timeBasis: 'rolling' }],
    [
        'recurring, return = Product Viewed',
        { cohortMode: 'recurring', returnEvent: { event: 'Product Viewed' } },
    ],
    ['daily, 30 periods, first_ever', { period: 'day', periods: 30, cohortMode: 'first_ever' }],
];
for (const [label, fields] of variants) {
    const query = retentionQuerySchema.parse({
        ...benchQuery,
        ...fields,
        dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-02-25T23:59:59.999Z' },
    });
    time(label, () => runRetention(table, query, now));
}
const out = new Int32Array(table.size);
for (const timeZone of ['UTC', 'Europe/Berlin']) {
    for (const period of ['day', 'week', 'month']) {
        const bucketer = createPeriodBucketer({ period, timeZone });
        time(`bucket ${table.size} timestamps: ${period}, ${timeZone}`, () => bucketer.indexAll(table.timestamps, out));
    }
}
//# sourceMappingURL=retention-fold.bench.js.map