// `npm run bench:ingest`: the ingest path over loopback against the built server in a child
// process, and the bare SQLite ceiling beside it. Options: --seconds S --warmup S --batch 4,8,12,16
// --single 32,64,128 --only batch,single,sqlite --events anchor|demo --profile --keep
// --server-flags "<node flags for the server>" --server-log <file for its output>.
// Results: docs/benchmarks.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SegmentCall } from '../src/core/demo/index.js';
import { startBenchServer, type BenchServer } from './ingest/bench-server.js';
import { formatProfileSummary, summarizeCpuProfile } from './ingest/cpu-profile-summary.js';
import {
  anchorCalls,
  demoCalls,
  EventPool,
  type RequestBody,
  type SerializedCall,
} from './ingest/event-pool.js';
import { runLoad, type LoadResult } from './ingest/load-generator.js';
import { machineBusySeconds, startCpuWindow } from './ingest/machine-cpu.js';
import { sharedEventsFile } from './shared-events.js';
import { printReport, TARGETS, type Row } from './ingest/bench-report.js';
import { eventRows, measureSqliteCeiling, type CeilingResult } from './ingest/sqlite-ceiling.js';

const WRITE_KEY = 'wk_bench_write_key';
const ADMIN_TOKEN = 'wat_bench_admin_token_0123456789';
const STORE = { people: 400_000, days: 56, seed: 7, start: Date.UTC(2026, 0, 5) };
/** ~5.5M events: enough for every row at 100k+ events/s without reusing one. */
const ANCHOR_PEOPLE = 600_000;
const CEILING_EVENTS = 100_000;
const BATCH_TARGET = TARGETS['a)'].rate;

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    batch: { type: 'string', default: '4,8,12,16' },
    single: { type: 'string', default: '32,64,128' },
    only: { type: 'string', default: 'batch,single,sqlite' },
    events: { type: 'string', default: 'anchor' },
    profile: { type: 'boolean', default: false },
    'server-flags': { type: 'string', default: '' },
    'server-log': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const measureMs = Number(flags.seconds) * 1000;
const warmupMs = Number(flags.warmup) * 1000;
const only = new Set(flags.only.split(','));
const list = (text: string): number[] => text.split(',').filter(Boolean).map(Number);
if (flags.events !== 'anchor' && flags.events !== 'demo') throw new Error('--events must be anchor or demo');
/** The event stream: the shared benchmark's (the targets' shape) or the demo shop's (twice the bytes). */
const calls = (): Iterator<SerializedCall> =>
  flags.events === 'demo'
    ? demoCalls(STORE)
    : anchorCalls(
        sharedEventsFile({
          dir: path.join(os.tmpdir(), 'waymark-bench-ingest'),
          name: `anchor-${ANCHOR_PEOPLE}`,
          people: ANCHOR_PEOPLE,
          seed: 3,
        }),
      );
const say = (line: string): void => void process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-bench-'));
  say(
    `waymark ingest bench: Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), temp dir ${dir}`,
  );
  await warnIfBusy();
  const rows: Row[] = [];
  const pool = new EventPool(calls());
  let profileFiles: string[] = [];
  try {
    if (only.has('batch') || only.has('single')) {
      const profileDir = path.join(dir, 'profile');
      const server = await startBenchServer({
        dataDir: path.join(dir, 'data'),
        writeKey: WRITE_KEY,
        adminToken: ADMIN_TOKEN,
        nodeFlags: [
          ...(flags.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
          ...flags['server-flags'].split(' ').filter(Boolean),
        ],
        ...(flags['server-log'] ? { logFile: flags['server-log'] } : {}),
      });
      say(`server pid ${server.pid} at ${server.url} (WAL, synchronous=FULL)`);
      try {
        const accepted = await runHttpPhases(server, pool, rows);
        await verifyStoredCount(server.url, accepted);
      } finally {
        await server.stop();
      }
      if (flags.profile)
        // One file per thread; by thread id: main, writer, checkpointer.
        profileFiles = fs
          .readdirSync(profileDir)
          .sort((a, b) => threadOf(a) - threadOf(b))
          .map((name) => path.join(profileDir, name));
    }
    if (only.has('sqlite')) rows.push(...(await runCeilingPhases(dir)));
    printReport({
      rows,
      pool: pool.stats,
      events:
        flags.events === 'demo'
          ? `demo shop generator (seed ${STORE.seed}), ~730 bytes each`
          : `shared/bench/gen-events.mjs (seed 3, ${fmt(ANCHOR_PEOPLE)} people), ~340 bytes each`,
      warmupMs,
      measureMs,
      pragmas: ceilingPragmas,
    });
    const threads = [
      'the main thread (HTTP, parsing, validation)',
      'the writer thread',
      'the checkpointer thread',
      'the WAL sync thread',
    ];
    profileFiles.forEach((file, i) => {
      const thread = threads[i] ?? `thread ${i}`;
      const summary = formatProfileSummary(summarizeCpuProfile(file), thread);
      console.log(`\n## CPU profile: ${thread} (${file})\n\n${summary}`);
    });
  } finally {
    if (!flags.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** (a) batches and (b) single events; returns the events in all 200 answers. */
async function runHttpPhases(server: BenchServer, pool: EventPool, rows: Row[]): Promise<number> {
  let accepted = 0;
  const budget = (rate: number): number => Math.ceil(rate * ((warmupMs + measureMs) / 1000) * 1.3);
  if (only.has('batch')) {
    let expectedRate = 0;
    for (const concurrency of list(flags.batch)) {
      // Bodies for the target rate at least, so that a window only runs out when the server beats it.
      const bodies = pool.batchBodies(budget(Math.max(expectedRate, BATCH_TARGET)), 100);
      const result = await phase(
        server,
        `a) /v1/batch, 100 events/request`,
        '/v1/batch',
        bodies,
        concurrency,
        rows,
      );
      accepted += result.acceptedEvents;
      // The next window gets what this one consumed, with room to spare: generating costs time.
      if (result.seconds > 0) expectedRate = result.events / result.seconds;
    }
  }
  if (only.has('single')) {
    let expectedRequests = 6_000;
    for (const concurrency of list(flags.single)) {
      const bodies = pool.trackBodies(budget(expectedRequests));
      const result = await phase(server, `b) /v1/t, 1 event/request`, '/v1/t', bodies, concurrency, rows);
      accepted += result.acceptedEvents;
      if (result.seconds > 0) expectedRequests = result.requests / result.seconds;
    }
  }
  return accepted;
}

async function phase(
  server: BenchServer,
  name: string,
  route: string,
  bodies: RequestBody[],
  concurrency: number,
  rows: Row[],
): Promise<LoadResult> {
  const title = `${name}, ${concurrency} connections`;
  say(
    `${title}: ${bodies.length.toLocaleString('en-US')} bodies ready; ${warmupMs / 1000} s warm-up + ${measureMs / 1000} s`,
  );
  const cpu = startCpuWindow(() => server.cpuSeconds(), warmupMs);
  const result = await runLoad({
    url: server.url,
    path: route,
    authorization: `Basic ${Buffer.from(`${WRITE_KEY}:`).toString('base64')}`,
    bodies,
    concurrency,
    warmupMs,
    measureMs,
    onTick: ({ phase: stage, elapsedMs, eventsPerSecond }) =>
      say(
        `  ${stage.padEnd(7)} ${(elapsedMs / 1000).toFixed(0).padStart(3)} s  ${Math.round(eventsPerSecond).toLocaleString('en-US').padStart(8)} events/s`,
      ),
  });
  const ended = server.exitReason();
  if (ended !== undefined)
    throw new Error(`the server (pid ${server.pid}) stopped during "${title}": ${ended}`);
  const window = cpu.end();
  const failures = Object.entries(result.failures);
  if (failures.length > 0)
    say(`  non-200 answers: ${failures.map(([status, count]) => `${status} ×${count}`).join(', ')}`);
  if (result.ranOut) say('  (ran out of pre-built bodies: the window is shorter)');
  const row: Row = {
    name,
    concurrency: String(concurrency),
    eventsPerSecond: result.events / result.seconds,
    requestsPerSecond: result.requests / result.seconds,
    p50: result.latencyMs.p50,
    p99: result.latencyMs.p99,
    serverCpu: window.server / window.wallSeconds,
    serverMicrosPerEvent: (window.server * 1e6) / result.events,
    clientCpu: window.client / window.wallSeconds,
    otherCpu: window.other / window.wallSeconds,
  };
  say(
    `  => ${fmt(row.eventsPerSecond)} events/s, ${fmt(row.requestsPerSecond!)} requests/s, p50 ${row.p50!.toFixed(1)} ms, p99 ${row.p99!.toFixed(1)} ms, server ${row.serverMicrosPerEvent!.toFixed(1)} µs CPU/event`,
  );
  rows.push(row);
  return result;
}

async function verifyStoredCount(url: string, accepted: number): Promise<void> {
  const response = await fetch(`${url}/api/stats`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  const stats = (await response.json()) as { events: number };
  const verdict = stats.events === accepted ? 'OK' : 'MISMATCH';
  say(
    `stored events (GET /api/stats) ${fmt(stats.events)} vs events in 200 answers ${fmt(accepted)}: ${verdict}`,
  );
  if (verdict !== 'OK') process.exitCode = 1;
}

/** (c) bare better-sqlite3 on the product's schema and pragmas, with the same events. */
async function runCeilingPhases(dir: string): Promise<Row[]> {
  say(`c) bare SQLite: preparing ${fmt(CEILING_EVENTS)} rows from the same generator`);
  const sample: SegmentCall[] = [];
  for (const call of iterate(calls()))
    if (sample.push(JSON.parse(call.json) as SegmentCall) >= CEILING_EVENTS) break;
  const rows = eventRows(sample, Date.now());
  const variants = [
    { transactionSize: 100, synchronous: 'full' },
    { transactionSize: 2_000, synchronous: 'full' },
    { transactionSize: 100, synchronous: 'normal' },
  ] as const;
  const results: Row[] = [];
  for (const [i, variant] of variants.entries()) {
    const result: CeilingResult = await measureSqliteCeiling(
      path.join(dir, `ceiling-${i}.db`),
      rows,
      variant,
    );
    if (i === 0) {
      say(`  the product's writer pragmas: ${result.pragmas.join('; ')}`);
      ceilingPragmas = result.pragmas;
    }
    const row = {
      name: `c) bare SQLite, ${fmt(variant.transactionSize)} events/transaction, synchronous=${variant.synchronous.toUpperCase()}`,
      concurrency: '–',
      eventsPerSecond: result.events / result.seconds,
    };
    say(`  ${row.name}: ${fmt(row.eventsPerSecond)} events/s`);
    results.push(row);
  }
  const bodies = new EventPool(calls()).batchBodies(CEILING_EVENTS, 100);
  const startedAt = performance.now();
  for (const body of bodies) JSON.parse(body.bytes.toString('utf8'));
  const parse = {
    name: 'd) JSON.parse of the same batch bodies alone',
    concurrency: '–',
    eventsPerSecond: CEILING_EVENTS / ((performance.now() - startedAt) / 1000),
  };
  say(`  ${parse.name}: ${fmt(parse.eventsPerSecond)} events/s`);
  return [...results, parse];
}

/** Other work on a 2-core machine skews every figure: say so when the CPU is busy before we start. */
async function warnIfBusy(): Promise<void> {
  const before = machineBusySeconds();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const busy = machineBusySeconds() - before;
  if (busy > 0.2)
    say(
      `WARNING: ${(busy * 100).toFixed(0)}% of a core busy before the run: something else is running, figures will be low`,
    );
}
function* iterate<T>(iterator: Iterator<T>): Generator<T> {
  for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
}

/** The thread id in `CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile` (0 = main). */
const threadOf = (name: string): number => Number(/\.(\d+)\.\d+\.cpuprofile$/.exec(name)?.[1] ?? 0);

let ceilingPragmas: readonly string[] = [];

const fmt = (value: number): string => Math.round(value).toLocaleString('en-US');

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
