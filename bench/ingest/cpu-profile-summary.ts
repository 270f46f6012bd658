import fs from 'node:fs';

/** The parts of V8's `.cpuprofile` format (written by `node --cpu-prof`) this summary reads. */
interface CpuProfile {
  readonly nodes: ReadonlyArray<{
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly children?: readonly number[];
  }>;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface CostLine {
  readonly name: string;
  readonly ms: number;
  /** Share of the busy (non-idle) time. */
  readonly share: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly busyMs: number;
  readonly categories: readonly CostLine[];
  readonly selfTop: readonly CostLine[];
  readonly inclusiveTop: readonly CostLine[];
}

// V8 charges time in native callbacks (better-sqlite3's statement.run, JSON.parse/stringify) to the
// JavaScript function that called them, so the ingest path's hot functions get categories of their own.
const FUNCTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^exec .*better-sqlite3/, 'SQLite BEGIN/COMMIT (WAL append, checkpoint finish)'],
  [/^pragma .*better-sqlite3/, 'SQLite checkpoints (pragma wal_checkpoint)'],
  [/^fdatasync /, 'fdatasync of the WAL'],
  [/^encodeBody /, 'JSON.stringify of the stored body'],
  [/^decodeJson /, 'request body: JSON.parse'],
  [/^postMessage /, 'postMessage to / from the writer thread'],
  [/^(apply|recordDrops) .*sqlite-ingest-store/, 'SQLite inserts and upserts (statement.run)'],
  [/^(unseenMessageIds|loadKnown|loadProfile) .*sqlite-ingest-store/, 'deduplication and profile lookups'],
  [/^normalizeEvent /, 'normalizeEvent (validation, object copies)'],
  [/^\(garbage collector\) /, 'garbage collection'],
  [/^\(program\) /, 'V8 / native, unattributed'],
];

const SOURCES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\/src\/core\/events\//, 'normalisation (core/events)'],
  [/\/src\/core\/profiles\//, 'identity planning (core/profiles)'],
  [/\/src\/core\/shared\//, 'size and depth checks (core/shared)'],
  [/\/src\/use-cases\//, 'ingest use case (validate, dedupe, commit)'],
  [/\/src\/adapters\/storage\//, 'storage adapter, JS side (rows, payload)'],
  [/\/src\/adapters\/http\//, 'HTTP routes and body reading'],
  [/node_modules\/hono\//, 'Hono (routing, context, middleware)'],
  [/node_modules\/@hono\/node-server\//, '@hono/node-server (Request/Response bridge)'],
  [/node_modules\/better-sqlite3\//, 'better-sqlite3, other'],
  [/^node:/, 'Node core (http, net, streams, buffers)'],
];

function category(functionName: string, url: string): string {
  const named = FUNCTIONS.find(([pattern]) => pattern.test(`${functionName} ${url}`))?.[1];
  if (named) return named;
  if (url === '') return 'other native / builtins';
  return SOURCES.find(([pattern]) => pattern.test(url))?.[1] ?? 'other JavaScript';
}

function label(functionName: string, url: string, lineNumber: number): string {
  const file =
    url === '' ? '(native)' : `${url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${lineNumber + 1}`;
  return `${functionName || '(anonymous)'} ${file}`;
}

/** Self time by category and by function, and inclusive time of the product's own functions. */
export function summarizeCpuProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

  const categories = new Map<string, number>();
  const selfByLabel = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalMs = 0,
    idleMs = 0;
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    totalMs += ms;
    if (functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    add(categories, category(functionName, url), ms);
    add(selfByLabel, label(functionName, url, lineNumber), ms);
    // Inclusive time of our own code: each function on the stack once.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!/\/(src|bench)\//.test(frame.url)) continue;
      const name = label(frame.functionName, frame.url, frame.lineNumber);
      if (!seen.has(name)) add(inclusive, name, ms);
      seen.add(name);
    }
  }
  const busyMs = totalMs - idleMs;
  const lines = (map: Map<string, number>, limit: number): CostLine[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, ms]) => ({ name, ms, share: ms / busyMs }));
  return {
    totalMs,
    busyMs,
    categories: lines(categories, 100),
    selfTop: lines(selfByLabel, top),
    inclusiveTop: lines(inclusive, top),
  };
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

/** The summary as Markdown tables. */
export function formatProfileSummary(summary: ProfileSummary, thread = "the server's main thread"): string {
  const table = (title: string, lines: readonly CostLine[]): string =>
    [
      `| ${title} | ms | share of busy |`,
      '| --- | ---: | ---: |',
      ...lines.map((l) => `| ${l.name} | ${l.ms.toFixed(0)} | ${(l.share * 100).toFixed(1)}% |`),
    ].join('\n');
  return [
    `Sampled ${(summary.totalMs / 1000).toFixed(1)} s of ${thread}, busy ${(summary.busyMs / 1000).toFixed(1)} s (${((summary.busyMs / summary.totalMs) * 100).toFixed(0)}%).`,
    '',
    table('self time by category', summary.categories),
    '',
    table('self time by function (top)', summary.selfTop),
    '',
    table('inclusive time, our code (top)', summary.inclusiveTop),
  ].join('\n');
}
