// Runs the peer harnesses of the shared benchmark (ClickHouse, DuckDB, SQLite + JS fold) one at a
// time and reads their measurements and answers.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
const HARNESSES = {
    clickhouse: (dir, data, runs) => ['bash', [path.join(dir, 'peers/clickhouse.sh'), data, runs]],
    duckdb: (dir, data, runs) => ['node', [path.join(dir, 'peers/duckdb.mjs'), data, runs]],
    sqlite: (dir, data, runs) => ['node', [path.join(dir, 'peers/sqlite-fold.mjs'), data, runs]],
};
export const PEERS = Object.keys(HARNESSES);
/** Runs one peer on an NDJSON file; its answers land in `answersDir/<engine>-*.tsv`. */
export function runPeer(engine, benchDir, data, runs, answersDir) {
    const harness = HARNESSES[engine];
    if (!harness)
        throw new Error(`unknown peer ${engine}; known: ${PEERS.join(', ')}`);
    const [command, args] = harness(benchDir, data, String(runs));
    return new Promise((resolve) => {
        const child = spawn(command, args, {
            env: { ...process.env, ANSWERS_DIR: answersDir, BENCH_DEPS_DIR: depsDir() },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk) => process.stderr.write(`  [${engine}] ${chunk.toString().trimEnd()}\n`));
        child.on('close', (code) => {
            const result = parsePeerOutput(engine, stdout);
            resolve(code === 0 ? result : { ...result, failed: `exit ${code}` });
        });
    });
}
/**
 * The peers install their npm packages into a folder of their own. npm 11 does not run the
 * install script of better-sqlite3 there (it is not on that folder's allow list), so the SQLite
 * peer would find no binary; it is given ours instead: the same pinned 12.x, already built.
 */
function depsDir() {
    const dir = process.env.BENCH_DEPS_DIR ?? path.join(os.tmpdir(), 'anchor-bench-deps');
    const link = path.join(dir, 'node_modules', 'better-sqlite3');
    const built = path.join(link, 'build', 'Release', 'better_sqlite3.node');
    if (!fs.existsSync(built)) {
        const ours = path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
        fs.rmSync(link, { recursive: true, force: true });
        fs.mkdirSync(path.dirname(link), { recursive: true });
        if (!fs.existsSync(path.join(dir, 'package.json')))
            fs.writeFileSync(path.join(dir, 'package.json'), '{"private": true}\n');
        fs.symlinkSync(ours, link, 'dir');
    }
    return dir;
}
function parsePeerOutput(engine, stdout) {
    const seconds = {};
    const funnelLevels = new Map();
    for (const line of stdout.split('\n')) {
        const fields = line.split('\t');
        if (line.startsWith('# funnel_level'))
            funnelLevels.set(Number(fields[1]), Number(fields[2]));
        else if (!line.startsWith('#') && fields.length === 3)
            seconds[fields[0]] = Number(fields[2]);
    }
    return { engine, seconds, funnelLevels };
}
//# sourceMappingURL=analytics-peers.js.map