// `waymark import` as a user runs it: a child process on a data directory, alone or beside a
// running server on the same directory.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { AdminClient } from '../support/admin-client.js';
import { makeDataDir, removeDataDir, startServer, TEST_ADMIN_TOKEN } from '../support/server-process.js';

const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/src/cli/main.js');
const run = promisify(execFile);

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function importCli(dataDir: string, file: string): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, 'import', file], {
      env: { ...process.env, WAYMARK_DATA_DIR: dataDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const dataDir = makeDataDir('waymark-import-');
afterAll(() => removeDataDir(dataDir));

function writeCalls(count: number): string {
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      type: 'track',
      event: 'Product Viewed',
      userId: `u${i % 5}`,
      messageId: `import-${i}`,
      timestamp: '2026-11-01T10:00:00.000Z',
      properties: { sku: `sku-${i}` },
    }),
  );
  const file = path.join(dataDir, 'calls.ndjson');
  fs.writeFileSync(file, [...lines.slice(0, 10), 'not json', ...lines.slice(10)].join('\n'));
  return file;
}

describe('waymark import', () => {
  const file = writeCalls(40);

  it('loads an NDJSON file, counting lines that are not JSON, and deduplicates a second run', async () => {
    const first = await importCli(dataDir, file);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('imported 40 events (0 duplicates, 0 dropped, 1 lines not JSON)');
    const again = await importCli(dataDir, file);
    expect(again.stdout).toContain('imported 0 events (40 duplicates, 0 dropped, 1 lines not JSON)');
  });

  it('refuses a data directory a running server holds, and takes it once the server is killed', async () => {
    const server = await startServer({ dataDir });
    try {
      const refused = await importCli(dataDir, file);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`the data directory ${dataDir} is in use by another Waymark process`);
      // The server was not disturbed: it still has every event and answers.
      expect(await new AdminClient(server.url, TEST_ADMIN_TOKEN).stats()).toEqual({
        events: 40,
        profiles: 5,
      });
    } finally {
      // A crash leaves no stale lock behind: the operating system drops it with the process.
      await server.kill();
    }
    const after = await importCli(dataDir, file);
    expect(after).toMatchObject({ code: 0 });
    expect(after.stdout).toContain('imported 0 events (40 duplicates');
  });

  it('keeps a second server off a data directory in use', async () => {
    const server = await startServer({ dataDir });
    try {
      await expect(startServer({ dataDir })).rejects.toThrow(/is in use by another Waymark process/);
    } finally {
      await server.stop();
    }
  });
});
