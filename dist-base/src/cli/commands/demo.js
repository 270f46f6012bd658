import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateStore, summarizeStore, } from '../../core/demo/index.js';
import { openSqliteStorage } from '../../adapters/storage/sqlite/sqlite-storage.js';
import { nodeIds } from '../../adapters/system/node-ids.js';
import { createProgress } from '../progress.js';
import { checkWriteKey, uploadCalls, UploadError } from './demo-upload.js';
import { serve } from './serve.js';
const DAY_MS = 86_400_000;
const USAGE = `usage: waymark demo [--people N] [--days D] [--seed S] [--url URL] [--write-key KEY]

Generates a realistic online shop (visits, carts, orders, returns, store purchases…) and sends it
through the tracking API. Talks to the server at --url (default: WAYMARK_HOST/WAYMARK_PORT); when
none answers there, starts one in this process on WAYMARK_DATA_DIR and stops it afterwards.

  --people N      shoppers arriving during the period (default 2000)
  --days D        length of the period, ending now (default 56)
  --seed S        the same seed gives the same shop (default 1)
  --url URL       a running server, e.g. http://127.0.0.1:3000
  --write-key KEY its write key (default WAYMARK_WRITE_KEY)`;
/** `waymark demo`: fills a server with a generated shop through the public tracking API. */
export async function demo(config, args) {
    const flags = parseFlags(args);
    if (flags === 'help') {
        console.log(USAGE);
        return;
    }
    // The generator is pure: the period is pinned here, ending now.
    const store = { ...flags, start: Date.now() - flags.days * DAY_MS };
    const connection = await connect(config, flags);
    let summary;
    let seconds;
    try {
        await checkWriteKey(connection.target).catch((error) => {
            if (error instanceof UploadError && error.status === 401) {
                throw new Error(`the server at ${connection.target.url} refused the write key: pass the right one with --write-key or WAYMARK_WRITE_KEY`);
            }
            throw error;
        });
        process.stderr.write(`waymark demo: ${flags.people.toLocaleString('en-US')} shoppers over ${flags.days} days (seed ${flags.seed}) to ${connection.target.url}\n`);
        // Deterministic, so a first pass can count what the second pass will send.
        summary = summarizeStore(generateStore(store));
        const startedAt = performance.now();
        const progress = createProgress('demo', summary.events);
        let sent = 0;
        await uploadCalls(generateStore(store), connection.target, {
            batchSize: 200,
            concurrency: 4,
            onSent: (events) => progress.update((sent += events)),
        });
        progress.finish(sent);
        seconds = (performance.now() - startedAt) / 1000;
    }
    finally {
        await connection.ownServer?.close();
    }
    printSummary(summary, flags, seconds, connection);
}
function parseFlags(args) {
    const { values } = parseArgs({
        args: [...args],
        options: {
            people: { type: 'string' },
            days: { type: 'string' },
            seed: { type: 'string' },
            url: { type: 'string' },
            'write-key': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help)
        return 'help';
    const url = values.url?.replace(/\/+$/, '');
    return {
        people: wholeNumber('--people', values.people, 2000, 1),
        days: wholeNumber('--days', values.days, 56, 1),
        seed: wholeNumber('--seed', values.seed, 1, 0),
        ...(url ? { url } : {}),
        ...(values['write-key'] ? { writeKey: values['write-key'] } : {}),
    };
}
function wholeNumber(flag, raw, fallback, min) {
    if (raw === undefined)
        return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < min)
        throw new Error(`${flag} must be a whole number ≥ ${min}, got ${raw}`);
    return value;
}
/** The server at --url or the configured address; else one started here on the configured data dir. */
async function connect(config, flags) {
    const url = flags.url ?? localUrl(config.host, config.port);
    if ((flags.url !== undefined || config.port !== 0) && (await answers(url))) {
        const writeKey = flags.writeKey ?? config.writeKey;
        if (!writeKey) {
            throw new Error(`a server is running at ${url}: pass its write key with --write-key KEY or WAYMARK_WRITE_KEY (\`waymark serve\` prints it when it starts)`);
        }
        return { target: { url, writeKey } };
    }
    if (flags.url !== undefined) {
        throw new Error(`nothing answers at ${flags.url}/health: start the server there, or leave out --url to let the demo start one`);
    }
    process.stderr.write(`waymark demo: no server at ${url}; starting one on ${config.dataDir}\n`);
    const credentials = await storedCredentials(config);
    const port = config.port === 0 ? await freePort(config.host) : config.port;
    const server = await serve({ ...config, port, ...credentials });
    return {
        target: { url: localUrl(config.host, port), writeKey: credentials.writeKey },
        ownServer: { adminToken: credentials.adminToken, close: () => server.close() },
    };
}
/** The write key and admin token `serve` will use: configured, else stored, else new and stored. */
async function storedCredentials(config) {
    const storage = await openSqliteStorage({
        file: path.join(config.dataDir, 'waymark.db'),
        synchronous: config.synchronous,
    });
    try {
        const get = async (key, configured, make) => {
            const value = configured ?? (await storage.settings.getSetting(key)) ?? make();
            if (!configured)
                await storage.settings.setSetting(key, value);
            return value;
        };
        return {
            writeKey: await get('write_key', config.writeKey, () => `wk_${nodeIds.secret()}`),
            adminToken: await get('admin_token', config.adminToken, () => `wat_${nodeIds.secret()}`),
        };
    }
    finally {
        await storage.close();
    }
}
function localUrl(host, port) {
    const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
    return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}
async function answers(url) {
    try {
        const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1500) });
        const body = (await response.json());
        return response.ok && body.status === 'ok';
    }
    catch {
        return false;
    }
}
function freePort(host) {
    return new Promise((resolve, reject) => {
        const probe = net.createServer();
        probe.once('error', reject);
        probe.listen(0, host, () => {
            const address = probe.address();
            probe.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')));
        });
    });
}
function printSummary(summary, flags, seconds, connection) {
    const n = (value) => value.toLocaleString('en-US');
    const usd = (value) => value.toLocaleString('en-US', { style: 'currency', currency: 'USD' });
    const { url } = connection.target;
    console.log(`
Demo shop sent: ${n(summary.events)} events in ${seconds.toFixed(1)} s (${n(Math.round(summary.events / seconds))} events/s)
  shoppers  ${n(flags.people)} over ${flags.days} days (seed ${flags.seed}); ${n(summary.identifiedPeople)} identified
  orders    ${n(summary.orders)} (${n(summary.storeOrders)} in store), revenue ${usd(summary.revenue)}
  refunds   ${n(summary.refunds)} (${usd(summary.refunded)})
The same seed gives the same message ids: sending it again within a day adds nothing (the server
deduplicates for at least 24 hours); --seed N makes another shop.`);
    if (connection.ownServer) {
        console.log(`The server started for the demo has stopped. Start it with \`npm start\` (or \`waymark serve\`),
then open ${url}/ and sign in with the admin token ${connection.ownServer.adminToken}`);
    }
    else {
        console.log(`Open ${url}/ to explore the shop.`);
    }
}
//# sourceMappingURL=demo.js.map