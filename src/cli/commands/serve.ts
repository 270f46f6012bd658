import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve as serveHttp } from '@hono/node-server';
import type { Config } from '../../config/index.js';
import { createHttpApp } from '../../adapters/http/http-app.js';
import { openSqliteStorage } from '../../adapters/storage/sqlite/sqlite-storage.js';
import { nodeIds } from '../../adapters/system/node-ids.js';
import { nodeSecrets } from '../../adapters/system/node-secrets.js';
import { ManualClock, systemClock } from '../../adapters/system/system-clock.js';
import { createAccounts } from '../../use-cases/accounts.js';
import { inlineEventWriter } from '../../use-cases/commit-events.js';
import { createEventIngestor } from '../../use-cases/ingest-events.js';
import { createAnalyticsQueries } from '../../use-cases/query-analytics.js';
import { QUERY_KINDS } from '../../core/analytics/index.js';
import type { SettingStore } from '../../ports/storage.js';

/** Where `vite build` puts the web app, relative to this compiled file (dist/src/cli/commands). */
const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web');

/** Starts the server on SQLite and prints how to reach it. Resolves once it accepts requests. */
export async function serve(config: Config): Promise<{ close(): Promise<void> }> {
  const manualClock = config.clock === 'manual' ? new ManualClock(Date.now()) : undefined;
  const clock = manualClock ?? systemClock;
  const storage = await openSqliteStorage({
    file: path.join(config.dataDir, 'waymark.db'),
    synchronous: config.synchronous,
    now: clock.now(),
  });
  const writeKey = await credential(
    storage.settings,
    'write_key',
    config.writeKey,
    () => `wk_${nodeIds.secret()}`,
  );
  const adminToken = await credential(
    storage.settings,
    'admin_token',
    config.adminToken,
    () => `wat_${nodeIds.secret()}`,
  );
  const ingestor = createEventIngestor({
    writer: inlineEventWriter(storage.ingest, nodeIds),
    clock,
    ids: nodeIds,
    defer: setImmediate,
  });
  const app = createHttpApp({
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
      ? { testClock: { now: () => manualClock.now(), moveTo: async (at: number) => manualClock.set(at) } }
      : {}),
  });
  const server = await listen(app.fetch, config);
  // Build the event index in the background, a chunk per turn, so requests keep being served.
  let isClosing = false;
  const warm = (): void => void (!isClosing && storage.warmStep() && setImmediate(warm));
  setImmediate(warm);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  console.log(`waymark listening on http://${config.host}:${port}`);
  console.log(`  web app      ${base}/`);
  console.log(`  write key    ${writeKey}`);
  console.log(`  admin token  ${adminToken}`);
  console.log(`  first event  curl -u '${writeKey}:' -H 'content-type: application/json' \\`);
  console.log(
    `                 -d '{"userId":"u1","event":"Order Completed","properties":{"revenue":42}}' ${base}/v1/track`,
  );
  return {
    async close() {
      isClosing = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ingestor.drain();
      await storage.close();
    },
  };
}

/** A credential from the environment, else the stored one, else a new one that is stored. */
async function credential(
  settings: SettingStore,
  key: string,
  configured: string | undefined,
  make: () => string,
) {
  if (configured) return configured;
  const stored = await settings.getSetting(key);
  if (stored) return stored;
  const fresh = make();
  await settings.setSetting(key, fresh);
  return fresh;
}

function listen(fetch: Parameters<typeof serveHttp>[0]['fetch'], config: Config) {
  return new Promise<ReturnType<typeof serveHttp>>((resolve, reject) => {
    const server = serveHttp({ fetch, port: config.port, hostname: config.host }, () => resolve(server));
    server.once('error', reject);
  });
}
