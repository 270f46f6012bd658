// Starts the built server (`node dist/src/cli/main.js serve`) as a child process for end-to-end and
// black-box tests: a fresh temporary data directory, a free port, a known write key and admin token.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER_ENTRY = join(REPO_ROOT, 'dist/src/cli/main.js');
// Up to the end of the line: a pipe chunk may end in the middle of the port number.
const LISTENING = /waymark listening on (https?:\/\/\S+?)\/?\r?\n/;
/** Output kept for error messages; the server may log a lot over a long test. */
const MAX_OUTPUT_CHARS = 64_000;

export interface SpawnServerOptions {
  /** How long to wait for the listening line. @default 20000 */
  startTimeoutMs?: number;
  /** How long `stop()` waits after SIGTERM before SIGKILL. @default 5000 */
  stopTimeoutMs?: number;
  /**
   * Remove the data directory on `stop()`. @default true when this helper created it, false when
   * the caller passed `WAYMARK_DATA_DIR` (e.g. restarting on a previous server's data).
   */
  removeDataDir?: boolean;
}

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SpawnedServer {
  /** `http://127.0.0.1:PORT`, as printed by the server, without a trailing slash. */
  url: string;
  writeKey: string;
  adminToken: string;
  dataDir: string;
  process: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<ServerExit>;
  /** Everything the server printed so far (stdout and stderr interleaved, last 64 kB). */
  output(): string;
  /** SIGTERM, wait for exit (SIGKILL after `stopTimeoutMs`), then remove the data dir. Idempotent. */
  stop(): Promise<void>;
  /** Sends a signal and returns at once (e.g. SIGKILL to simulate a crash); `stop()` still cleans up. */
  kill(signal?: NodeJS.Signals): void;
}

/**
 * Spawns the built server and resolves once it prints `waymark listening on http://HOST:PORT`.
 * Rejects, with the server's output, if it exits first or does not listen within 20 s; the child
 * and its temporary directory are removed in every failure case and when the test process exits.
 *
 * @example
 * const server = await spawnServer();
 * try { await fetch(`${server.url}/health`); } finally { await server.stop(); }
 */
export async function spawnServer(
  env: Record<string, string> = {},
  options: SpawnServerOptions = {},
): Promise<SpawnedServer> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(
      'dist/src/cli/main.js is missing: run `npm run build:server` (or `npm run build`) first.',
    );
  }
  const ownsDataDir = env.WAYMARK_DATA_DIR === undefined;
  const dataDir = env.WAYMARK_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'waymark-test-'));
  const writeKey = env.WAYMARK_WRITE_KEY ?? `wk_test_${randomBytes(12).toString('hex')}`;
  const adminToken = env.WAYMARK_ADMIN_TOKEN ?? `wat_test_${randomBytes(16).toString('hex')}`;
  const child = spawn(process.execPath, [SERVER_ENTRY, 'serve'], {
    cwd: REPO_ROOT,
    env: serverEnv({
      ...env,
      WAYMARK_DATA_DIR: dataDir,
      WAYMARK_WRITE_KEY: writeKey,
      WAYMARK_ADMIN_TOKEN: adminToken,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const removeDataDir = options.removeDataDir ?? ownsDataDir;
  const tracked = track(child, removeDataDir ? dataDir : null);
  const output = captureOutput(child);
  const exited = new Promise<ServerExit>((resolveExit) => {
    child.once('exit', (code, signal) => resolveExit({ code, signal }));
  });
  try {
    const url = await waitForListening(child, output, exited, options.startTimeoutMs ?? 20_000);
    return {
      url,
      writeKey,
      adminToken,
      dataDir,
      process: child,
      exited,
      output: output.text,
      stop: once(() => stopServer(tracked, exited, options.stopTimeoutMs ?? 5_000)),
      kill: (signal = 'SIGKILL') => {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      },
    };
  } catch (error) {
    await stopServer(tracked, exited, 0);
    throw error;
  }
}

/** The parent's environment minus any WAYMARK_* or NODE_OPTIONS, plus test defaults and `env`. */
function serverEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => !key.startsWith('WAYMARK_') && key !== 'NODE_OPTIONS',
  );
  return { ...Object.fromEntries(inherited), WAYMARK_PORT: '0', WAYMARK_HOST: '127.0.0.1', ...env };
}

interface OutputBuffer {
  text(): string;
  onChange(listener: () => void): () => void;
}

/** Keeps reading both pipes for the whole life of the child: a full pipe would block the server. */
function captureOutput(child: ChildProcess): OutputBuffer {
  let text = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-MAX_OUTPUT_CHARS);
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return {
    text: () => text,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function waitForListening(
  child: ChildProcess,
  output: OutputBuffer,
  exited: Promise<ServerExit>,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      stopWatching();
      settle();
    };
    const check = () => {
      const match = LISTENING.exec(output.text());
      const url = match?.[1];
      if (url !== undefined) finish(() => resolveUrl(url));
    };
    const stopWatching = output.onChange(check);
    const timer = setTimeout(
      () => finish(() => reject(failure(`did not print its listening line within ${timeoutMs} ms`, output))),
      timeoutMs,
    );
    check();
    child.once('error', (error) =>
      finish(() => reject(failure(`could not start: ${error.message}`, output))),
    );
    void exited.then(({ code, signal }) =>
      finish(() => reject(failure(`exited (code ${code}, signal ${signal}) before listening`, output))),
    );
  });
}

function failure(what: string, output: OutputBuffer): Error {
  const printed = output.text().trim();
  return new Error(`waymark server ${what}.\n--- server output ---\n${printed === '' ? '(none)' : printed}`);
}

interface TrackedServer {
  child: ChildProcess;
  /** Removed on stop, or null to keep it. */
  dataDir: string | null;
}

const running = new Set<TrackedServer>();

// If the test process ends without stop() (a crash, a forgotten afterAll), take the children along.
process.once('exit', () => {
  for (const server of running) {
    server.child.kill('SIGKILL');
    if (server.dataDir !== null) rmSync(server.dataDir, { recursive: true, force: true });
  }
});

function track(child: ChildProcess, dataDir: string | null): TrackedServer {
  const server = { child, dataDir };
  running.add(server);
  return server;
}

async function stopServer(
  server: TrackedServer,
  exited: Promise<ServerExit>,
  graceMs: number,
): Promise<void> {
  const { child } = server;
  // No pid: spawn itself failed and no 'exit' will come.
  const isRunning = child.pid !== undefined && child.exitCode === null && child.signalCode === null;
  if (isRunning) {
    child.kill(graceMs > 0 ? 'SIGTERM' : 'SIGKILL');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
  running.delete(server);
  if (server.dataDir !== null) {
    await rm(server.dataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  }
}

function once(run: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | null = null;
  return () => (result ??= run());
}
