import os from 'node:os';

/** One line of the result table. */
export interface Row {
  readonly name: string;
  readonly concurrency: string;
  readonly eventsPerSecond: number;
  readonly requestsPerSecond?: number;
  readonly p50?: number;
  readonly p99?: number;
  readonly serverCpu?: number;
  /** Server CPU (all its threads) per event answered: steadier than events/s, which waits on fsync. */
  readonly serverMicrosPerEvent?: number;
  readonly clientCpu?: number;
  /** CPU used by everything else on the machine during the run: other people's work skews the figures. */
  readonly otherCpu?: number;
}

export interface BenchReport {
  readonly rows: readonly Row[];
  /** Events drawn from the generator, and the seconds spent making request bodies of them. */
  readonly pool: { readonly events: number; readonly seconds: number };
  /** Where the events came from, in words. */
  readonly events: string;
  readonly warmupMs: number;
  readonly measureMs: number;
  /** The product's writer pragmas that (c) ran with. */
  readonly pragmas: readonly string[];
}

const fmt = (value: number): string => Math.round(value).toLocaleString('en-US');

const cell = (value: number | undefined, digits = 0): string =>
  value === undefined || Number.isNaN(value)
    ? '–'
    : value.toFixed(digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The run as Markdown on stdout: the table, the ratio of (a) to (c) and the targets. */
export function printReport(report: BenchReport): void {
  const { rows, pool, warmupMs, measureMs } = report;
  const pct = (value: number | undefined): string =>
    value === undefined || Number.isNaN(value) ? '–' : `${(value * 100).toFixed(0)}%`;
  const best = (prefix: string): Row | undefined =>
    rows.filter((r) => r.name.startsWith(prefix)).sort((a, b) => b.eventsPerSecond - a.eventsPerSecond)[0];
  console.log(`\n# Waymark ingest benchmark

Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${os.platform()} ${os.release()}; durability: WAL + synchronous=FULL (a 200 means fsynced).
Events: ${report.events}, ${fmt(pool.events)} drawn and serialized in ${pool.seconds.toFixed(1)} s before the runs; ${warmupMs / 1000} s warm-up + ${measureMs / 1000} s measured per row.
CPU columns: share of one core over the measured window (server = child process, all threads; client = this process; other = the rest of the machine, which should be ~0%); server µs/event = its CPU per event answered.

| measurement | conns | events/s | requests/s | p50 ms | p99 ms | server CPU | server µs/event | client CPU | other CPU |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.concurrency} | ${cell(r.eventsPerSecond)} | ${cell(r.requestsPerSecond)} | ${cell(r.p50, 1)} | ${cell(r.p99, 1)} | ${pct(r.serverCpu)} | ${cell(r.serverMicrosPerEvent, 1)} | ${pct(r.clientCpu)} | ${pct(r.otherCpu)} |`,
    );
  }
  const batch = best('a)');
  const single = best('b)');
  const ceiling = rows.find((r) =>
    r.name.startsWith('c) bare SQLite, 100 events/transaction, synchronous=FULL'),
  );
  console.log('');
  if (report.pragmas.length > 0)
    console.log(`(c) ran with the product's writer pragmas: ${report.pragmas.join('; ')}.`);
  if (batch && ceiling)
    console.log(
      `Best (a) / (c at 100 events per transaction, FULL): ${(batch.eventsPerSecond / ceiling.eventsPerSecond).toFixed(2)}`,
    );
  if (batch) console.log(targetLine(rows, 'a)', batch));
  if (single) console.log(targetLine(rows, 'b)', single));
}

/** The targets: a rate for (a) and (b), each with p99 under the same bound at that load. */
export const TARGETS = {
  'a)': { rate: 100_000, unit: 'events/s batched', per: 'events/s' },
  'b)': { rate: 5_000, unit: 'single-event requests/s', per: 'req/s' },
} as const;
const P99_BOUND_MS = 50;

/** Met when some concurrency reaches the rate with the tail under the bound; else the best row. */
function targetLine(rows: readonly Row[], prefix: keyof typeof TARGETS, best: Row): string {
  const target = TARGETS[prefix];
  const rateOf = (r: Row): number => (prefix === 'a)' ? r.eventsPerSecond : (r.requestsPerSecond ?? 0));
  const meeting = rows.find(
    (r) => r.name.startsWith(prefix) && rateOf(r) >= target.rate && r.p99! < P99_BOUND_MS,
  );
  const shown = meeting ?? best;
  return `Target ≥ ${cell(target.rate)} ${target.unit} with p99 < ${P99_BOUND_MS} ms: ${cell(rateOf(shown))} ${target.per}, p99 ${cell(shown.p99, 1)} ms at ${shown.concurrency} connections → ${meeting ? 'met' : 'not met'}`;
}
