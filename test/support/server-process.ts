// The integration tests' view of a server process, on top of spawn-server.ts (shared with the e2e
// tests): a data directory the test owns (so it can restart on the same store), a fixed write key
// and admin token, and kill/stop that resolve once the process is gone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnServer } from './spawn-server.js';

export const TEST_WRITE_KEY = 'wk_integration_test_key';
export const TEST_ADMIN_TOKEN = 'wat_integration_test_admin_token';

export interface ServerOptions {
  /** Reuse a data directory (restart on the same store); a fresh temp dir when absent. */
  readonly dataDir?: string;
  readonly writeKey?: string;
  readonly adminToken?: string;
  /** Extra WAYMARK_* variables, e.g. `{ WAYMARK_TRUST_PROXY: 'true' }`. */
  readonly env?: Readonly<Record<string, string>>;
}

export interface ServerProcess {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  /** `127.0.0.1:PORT`. */
  readonly host: string;
  readonly port: number;
  /** Not removed by stop(): the caller removes it with `removeDataDir` when done. */
  readonly dataDir: string;
  readonly writeKey: string;
  readonly adminToken: string;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM and wait for a clean exit (the server finishes its writes). */
  stop(): Promise<void>;
  /** SIGKILL and wait until the process is gone: a crash, nothing gets finished. */
  kill(): Promise<void>;
  /** True once the process has exited. */
  exited(): boolean;
}

/** A fresh, empty temporary directory for one server's data. */
export function makeDataDir(prefix = 'waymark-it-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Removes a data directory made by `makeDataDir`. */
export function removeDataDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Starts `node dist/src/cli/main.js serve` on a free port; resolves once it is listening. */
export async function startServer(options: ServerOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? makeDataDir();
  const server = await spawnServer(
    {
      WAYMARK_DATA_DIR: dataDir,
      WAYMARK_WRITE_KEY: options.writeKey ?? TEST_WRITE_KEY,
      WAYMARK_ADMIN_TOKEN: options.adminToken ?? TEST_ADMIN_TOKEN,
      ...options.env,
    },
    { removeDataDir: false },
  );
  let gone = false;
  void server.exited.then(() => (gone = true));
  const url = new URL(server.url);
  return {
    url: server.url,
    host: url.host,
    port: Number(url.port),
    dataDir,
    writeKey: server.writeKey,
    adminToken: server.adminToken,
    output: server.output,
    stop: server.stop,
    async kill() {
      server.kill('SIGKILL');
      await server.exited;
      await server.stop();
    },
    exited: () => gone,
  };
}
