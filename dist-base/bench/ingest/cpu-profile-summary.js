import fs from 'node:fs';
// V8 charges time in native callbacks (better-sqlite3's statement.run, JSON.parse/stringify) to the
// JavaScript function that called them, so the ingest path's hot functions get categories of their own.
const FUNCTIONS = [
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
const SOURCES = [
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
function category(functionName, url) {
    const named = FUNCTIONS.find(([pattern]) => pattern.test(`${functionName} ${url}`))?.[1];
    if (named)
        return named;
    if (url === '')
        return 'other native / builtins';
    return SOURCES.find(([pattern]) => pattern.test(url))?.[1] ?? 'other JavaScript';
}
function label(functionName, url, lineNumber) {
    const file = url === '' ? '(native)' : `${url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${lineNumber + 1}`;
    return `${functionName || '(anonymous)'} ${file}`;
}
/** Self time by category and by function, and inclusive time of the product's own functions. */
export function summarizeCpuProfile(file, top = 15) {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes)
        for (const child of node.children ?? [])
            parent.set(child, node.id);
    const self = new Map();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    const categories = new Map();
    const selfByLabel = new Map();
    const inclusive = new Map();
    let totalMs = 0, idleMs = 0;
    for (const [id, ms] of self) {
        const { functionName, url, lineNumber } = byId.get(id).callFrame;
        totalMs += ms;
        if (functionName === '(idle)') {
            idleMs += ms;
            continue;
        }
        add(categories, category(functionName, url), ms);
        add(selfByLabel, label(functionName, url, lineNumber), ms);
        // Inclusive time of our own code: each function on the stack once.
        const seen = new Set();
        for (let at = id; at !== undefined; at = parent.get(at)) {
            const frame = byId.get(at).callFrame;
            if (!/\/(src|bench)\//.test(frame.url))
                continue;
            const name = label(frame.functionName, frame.url, frame.lineNumber);
            if (!seen.has(name))
                add(inclusive, name, ms);
            seen.add(name);
        }
    }
    const busyMs = totalMs - idleMs;
    const lines = (map, limit) => [...map]
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
function add(map, key, ms) {
    map.set(key, (map.get(key) ?? 0) + ms);
}
/** The summary as Markdown tables. */
export function formatProfileSummary(summary, thread = "the server's main thread") {
    const table = (title, lines) => [
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
//# sourceMappingURL=cpu-profile-summary.js.map