// The shared benchmark's event stream (`../shared/bench/gen-events.mjs`), generated once into a
// cached NDJSON file: the analytics bench loads it, the ingest bench sends it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
/** The shared benchmark folder, beside this repository (from the compiled dist/bench). */
export const SHARED_BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/bench');
/** The file of the stream for these options, generating it first when it is not there yet. */
export function sharedEventsFile({ dir, name, people, seed }) {
    const file = path.join(dir, `${name}.ndjson`);
    if (fs.existsSync(file))
        return file;
    fs.mkdirSync(dir, { recursive: true });
    process.stderr.write(`generating ${file} (${people} people, 56 days, seed ${seed})\n`);
    // Written aside and renamed, so an interrupted run never leaves a short file behind.
    const partial = `${file}.partial`;
    execFileSync(process.execPath, [
        path.join(SHARED_BENCH_DIR, 'gen-events.mjs'),
        ...['--people', String(people), '--days', '56', '--seed', String(seed), '--out', partial],
    ], { stdio: ['ignore', 'inherit', 'inherit'] });
    fs.renameSync(partial, file);
    return file;
}
//# sourceMappingURL=shared-events.js.map