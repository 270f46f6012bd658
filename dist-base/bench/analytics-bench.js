// `npm run bench:analytics`: the shared 1M and 10M online-store streams loaded through Waymark's
// ingest path, then the 4-step funnel, weekly retention and the KPI set, timed beside the peers of
// the shared benchmark on the same data in the same run, with their answers checked against ours.
// Options: --sizes 1m,10m --runs 3 --peers clickhouse,duckdb,sqlite (or none). Results: docs/benchmarks.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runPeer, PEERS } from './analytics-peers.js';
import { measureWaymark } from './analytics-waymark.js';
import { SHARED_BENCH_DIR, sharedEventsFile } from './shared-events.js';
const SIZES = { '1m': 62_000, '10m': 620_000 };
const say = (line) => void process.stderr.write(`${line}\n`);
const { values: flags } = parseArgs({
    options: {
        sizes: { type: 'string', default: '1m,10m' },
        runs: { type: 'string', default: '3' },
        peers: { type: 'string', default: PEERS.join(',') },
    },
});
async function main() {
    const work = path.join(os.tmpdir(), 'waymark-bench-analytics');
    fs.mkdirSync(work, { recursive: true });
    say(`waymark analytics bench: Node ${process.version}, ${os.cpus().length} cores, data in ${work}`);
    for (const size of flags.sizes.split(',').filter(Boolean)) {
        const people = SIZES[size];
        if (!people)
            throw new Error(`unknown size ${size}; use ${Object.keys(SIZES).join(', ')}`);
        const data = sharedEventsFile({ dir: work, name: `events-${size}`, people, seed: 1 });
        const answers = fs.mkdtempSync(path.join(work, `answers-${size}-`));
        const peers = [];
        for (const engine of flags.peers.split(',').filter((p) => p && p !== 'none')) {
            say(`\n== ${size}: ${engine}`);
            peers.push(await runPeer(engine, SHARED_BENCH_DIR, data, Number(flags.runs), answers));
        }
        say(`\n== ${size}: waymark`);
        const ours = await measureWaymark(data, Number(flags.runs), answers);
        report(size, ours, peers, answers);
        process.stdout.write(`${storedAnswers(size, ours).join('\n')}\n`);
    }
}
function report(size, ours, peers, answers) {
    const rows = [
        [
            'load (+ stitch for peers)',
            ours.loadSeconds,
            ...peers.map((p) => sum(p.seconds.load, p.seconds.stitch)),
        ],
        ['funnel, 4 steps, 14 days', ours.funnelSeconds, ...peers.map((p) => p.seconds.funnel)],
        ['weekly retention', ours.retentionSeconds, ...peers.map((p) => p.seconds.retention)],
        ['KPI set', ours.kpiSeconds, ...peers.map(() => undefined)],
    ];
    const header = [
        'measure (s)',
        'waymark',
        ...peers.map((p) => p.engine + (p.failed ? ` (${p.failed})` : '')),
        'waymark ÷ fastest peer',
    ];
    const lines = [
        `\n## ${size}: ${ours.events.toLocaleString('en-US')} events\n`,
        `| ${header.join(' | ')} |`,
        `|${header.map(() => '---').join('|')}|`,
    ];
    for (const [name, mine, ...theirs] of rows) {
        const known = theirs.filter((t) => t !== undefined && Number.isFinite(t));
        const fastest = known.length ? Math.min(...known) : undefined;
        const ratio = mine !== undefined && fastest ? `${(mine / fastest).toFixed(2)}×` : '–';
        lines.push(`| ${[name, fmt(mine), ...theirs.map(fmt), ratio].join(' | ')} |`);
    }
    lines.push('', `index: sorted for queries ${fmt(ours.indexSeconds)} s after the load (kept current during it); rebuilt from the file after a restart in ${fmt(ours.rebuild)} s`, `freshness: the first funnel after ${ours.freshness.events} new events took ${fmt(ours.freshness.seconds)} s (every query sees every committed event)`);
    lines.push(...agreement(ours, peers, answers));
    process.stdout.write(`${lines.join('\n')}\n`);
}
function agreement(ours, peers, answers) {
    const out = [
        `funnel people by furthest step (waymark): ${[...ours.funnelLevels].map(([l, n]) => `${l}:${n}`).join(' ')}`,
    ];
    for (const peer of peers) {
        const same = [...ours.funnelLevels].every(([level, n]) => peer.funnelLevels.get(level) === n);
        out.push(`funnel vs ${peer.engine}: ${same ? 'identical' : `DIFFERENT (${[...peer.funnelLevels].map(([l, n]) => `${l}:${n}`).join(' ')})`}`);
        const theirs = path.join(answers, `${peer.engine}-retention.tsv`);
        if (fs.existsSync(theirs)) {
            const equal = fs.readFileSync(theirs, 'utf8') === ours.retentionTsv;
            out.push(`retention vs ${peer.engine}: ${equal ? 'identical, byte for byte' : 'DIFFERENT'}`);
        }
    }
    fs.writeFileSync(path.join(answers, 'waymark-retention.tsv'), ours.retentionTsv);
    return out;
}
/** Compares with the answers the shared benchmark recorded for this data set (results/<size>/). */
function storedAnswers(size, ours) {
    const dir = path.join(SHARED_BENCH_DIR, 'results', size);
    const funnelFile = path.join(dir, 'funnel.tsv');
    const retentionFile = path.join(dir, 'retention.tsv');
    if (!fs.existsSync(funnelFile) || !fs.existsSync(retentionFile))
        return [];
    const recorded = fs
        .readFileSync(funnelFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split('\t').map(Number));
    const sameFunnel = recorded.every(([level, people]) => ours.funnelLevels.get(level) === people);
    const sameRetention = fs.readFileSync(retentionFile, 'utf8') === ours.retentionTsv;
    return [
        `funnel vs the shared benchmark's recorded answer: ${sameFunnel ? 'identical' : 'DIFFERENT'}`,
        `retention vs the shared benchmark's recorded answer: ${sameRetention ? 'identical, byte for byte' : 'DIFFERENT'}`,
    ];
}
const sum = (a, b) => (a === undefined ? undefined : a + (b ?? 0));
const fmt = (value) => value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(3);
main().catch((error) => {
    console.error(error);
    process.exit(1);
});
//# sourceMappingURL=analytics-bench.js.map