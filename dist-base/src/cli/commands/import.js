import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { lockDataDir } from '../../adapters/storage/sqlite/data-dir-lock.js';
import { openSqliteStorage } from '../../adapters/storage/sqlite/sqlite-storage.js';
import { systemClock } from '../../adapters/system/system-clock.js';
import { startEventIngest } from '../event-ingest.js';
import { createProgress } from '../progress.js';
const BATCH = 2_500;
const IN_FLIGHT = 4;
/**
 * `waymark import FILE.ndjson`: loads Segment calls, one JSON object per line, through the same
 * ingest path as `/v1/import` (validation, deduplication, identity resolution, durable commits).
 */
export async function importFile(config, args) {
    const file = args[0];
    if (!file)
        throw new Error('usage: waymark import FILE.ndjson');
    const lock = lockDataDir(config.dataDir);
    try {
        const result = await importInto(config, file);
        console.log(`imported ${result.accepted.toLocaleString('en-US')} events (${result.duplicates} duplicates, ${result.dropped} dropped, ${result.invalid} lines not JSON)`);
    }
    finally {
        lock.release();
    }
}
async function importInto(config, file) {
    const databaseFile = path.join(config.dataDir, 'waymark.db');
    const storage = await openSqliteStorage({ file: databaseFile, synchronous: config.synchronous });
    const ingest = await startEventIngest({
        storage,
        file: databaseFile,
        synchronous: config.synchronous,
        clock: systemClock,
        groupEvents: BATCH,
    });
    try {
        return await importLines(ingest.ingestor, file);
    }
    finally {
        await ingest.close();
        await storage.close();
    }
}
/** Streams an NDJSON file into the ingestor with a few batches in flight and a progress bar. */
export async function importLines(ingestor, file) {
    const progress = createProgress('import', fs.statSync(file).size, 'bytes');
    const totals = { accepted: 0, duplicates: 0, dropped: 0, invalid: 0 };
    const inFlight = new Set();
    let batch = [];
    let bytes = 0;
    // The longest line of a batch bounds the size of each of its events.
    let longestLine = 0;
    const send = async (items, longest) => {
        const task = ingestor.ingest({ items, ip: null, requestBytes: longest }).then((outcome) => {
            totals.accepted += outcome.accepted;
            totals.duplicates += outcome.duplicates;
            totals.dropped += outcome.dropped.length;
        });
        inFlight.add(task);
        void task.finally(() => inFlight.delete(task));
        if (inFlight.size >= IN_FLIGHT)
            await Promise.race(inFlight);
    };
    const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    for await (const line of lines) {
        const lineBytes = Buffer.byteLength(line);
        bytes += lineBytes + 1;
        longestLine = Math.max(longestLine, lineBytes);
        if (line.trim() === '')
            continue;
        try {
            batch.push(JSON.parse(line));
        }
        catch {
            totals.invalid++;
            continue;
        }
        if (batch.length >= BATCH) {
            await send(batch, longestLine);
            batch = [];
            longestLine = 0;
            progress.update(bytes);
        }
    }
    if (batch.length > 0)
        await send(batch, longestLine);
    await Promise.all(inFlight);
    progress.finish(bytes);
    return totals;
}
//# sourceMappingURL=import.js.map