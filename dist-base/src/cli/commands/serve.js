import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { createHttpListener } from '../../adapters/http/http-app.js';
import { lockDataDir } from '../../adapters/storage/sqlite/data-dir-lock.js';
import { openSqliteStorage } from '../../adapters/storage/sqlite/sqlite-storage.js';
import { nodeIds } from '../../adapters/system/node-ids.js';
import { nodeSecrets } from '../../adapters/system/node-secrets.js';
import { ManualClock, systemClock } from '../../adapters/system/system-clock.js';
import { createAccounts } from '../../use-cases/accounts.js';
import { startEventIngest } from '../event-ingest.js';
import { createAnalyticsQueries } from '../../use-cases/query-analytics.js';
import { QUERY_KINDS } from '../../core/analytics/index.js';
/** Where `vite build` puts the web app, relative to this compiled file (dist/src/cli/commands). */
const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web');
/** Starts the server on SQLite and prints how to reach it. Resolves once it accepts requests. */
export async function serve(config) {
    const lock = lockDataDir(config.dataDir);
    try {
        const server = await start(config);
        return {
            async close() {
                await server.close();
                lock.release();
            },
        };
    }
    catch (error) {
        lock.release();
        throw error;
    }
}
async function start(config) {
    const manualClock = config.clock === 'manual' ? new ManualClock(Date.now()) : undefined;
    const clock = manualClock ?? systemClock;
    const databaseFile = path.join(config.dataDir, 'waymark.db');
    const storage = await openSqliteStorage({
        file: databaseFile,
        synchronous: config.synchronous,
        now: clock.now(),
    });
    const writeKey = await credential(storage.settings, 'write_key', config.writeKey, () => `wk_${nodeIds.secret()}`);
    const adminToken = await credential(storage.settings, 'admin_token', config.adminToken, () => `wat_${nodeIds.secret()}`);
    // Inserts, fsyncs and checkpoints run on threads of their own, beside the one serving HTTP.
    const ingest = await startEventIngest({
        storage,
        file: databaseFile,
        synchronous: config.synchronous,
        clock,
        groupEvents: 600,
    });
    const { ingestor } = ingest;
    const listener = createHttpListener({
        ingestor,
        events: storage.events,
        profiles: storage.profiles,
        accounts: createAccounts({ users: storage.users, secrets: nodeSecrets, ids: nodeIds, clock, adminToken }),
        queries: createAnalyticsQueries({
            kinds: QUERY_KINDS,
            source: storage.analytics,
            lists: storage.lists,
            profiles: storage.profiles,
            clock,
            ids: nodeIds,
        }),
        lists: storage.lists,
        writeKey,
        trustProxy: config.trustProxy,
        webRoot: WEB_ROOT,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
        ...(manualClock
            ? { testClock: { now: () => manualClock.now(), moveTo: async (at) => manualClock.set(at) } }
            : {}),
    });
    const server = await listen(listener, config);
    // Build the event index in the background, a chunk per turn, so requests keep being served.
    let isClosing = false;
    const warm = () => void (!isClosing && storage.warmStep() && setImmediate(warm));
    setImmediate(warm);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const base = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    console.log(`waymark listening on http://${config.host}:${port}`);
    console.log(`  web app      ${base}/`);
    console.log(`  write key    ${writeKey}`);
    console.log(`  admin token  ${adminToken}`);
    console.log(`  first event  curl -u '${writeKey}:' -H 'content-type: application/json' \\`);
    console.log(`                 -d '{"userId":"u1","event":"Order Completed","properties":{"revenue":42}}' ${base}/v1/track`);
    return {
        async close() {
            isClosing = true;
            await new Promise((resolve) => server.close(() => resolve()));
            await ingest.close();
            await storage.close();
        },
    };
}
/** A credential from the environment, else the stored one, else a new one that is stored. */
async function credential(settings, key, configured, make) {
    if (configured)
        return configured;
    const stored = await settings.getSetting(key);
    if (stored)
        return stored;
    const fresh = make();
    await settings.setSetting(key, fresh);
    return fresh;
}
function listen(listener, config) {
    return new Promise((resolve, reject) => {
        const server = createServer(listener);
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve(server));
    });
}
//# sourceMappingURL=serve.js.map