import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built CLI, relative to this compiled file (dist/bench/ingest/bench-server.js). */
const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/cli/main.js');

export interface BenchServer {
  readonly url: string;
  readonly pid: number;
  /** CPU seconds (user + system) the server has used so far; NaN where /proc is missing. */
  cpuSeconds(): number;
  /** How the server ended if it is no longer running (e.g. `signal SIGKILL`), else undefined. */
  exitReason(): string | undefined;
  /** Stops it with SIGTERM (it finishes pending writes) and waits for the exit. */
  stop(): Promise<void>;
}

export interface BenchServerOptions {
  readonly dataDir: string;
  readonly writeKey: string;
  readonly adminToken: string;
  /** Extra Node flags, e.g. `--cpu-prof`. */
  readonly nodeFlags?: readonly string[];
  /** A file for the server's standard output after it listens (e.g. a `--trace-gc` trace). */
  readonly logFile?: string;
}

/** Starts `node dist/src/cli/main.js serve` on a free port and resolves once it listens. */
export function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), CLI, 'serve'], {
    env: {
      ...process.env,
      WAYMARK_PORT: '0',
      WAYMARK_HOST: '127.0.0.1',
      WAYMARK_DATA_DIR: options.dataDir,
      WAYMARK_WRITE_KEY: options.writeKey,
      WAYMARK_ADMIN_TOKEN: options.adminToken,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onExit = (code: number | null) =>
      reject(new Error(`server exited (${code}) before listening:\n${output}`));
    child.once('exit', onExit);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /waymark listening on (http:\/\/\S+)/.exec(output);
      if (!match?.[1] || child.pid === undefined) return;
      child.off('exit', onExit);
      child.stdout!.removeAllListeners('data');
      if (options.logFile) child.stdout!.pipe(fs.createWriteStream(options.logFile));
      else child.stdout!.resume();
      resolve(benchServer(child, match[1], child.pid));
    });
  });
}

function benchServer(child: ChildProcess, url: string, pid: number): BenchServer {
  let reason: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      reason = signal ? `signal ${signal}` : `exit code ${code}`;
      resolve();
    }),
  );
  return {
    url,
    pid,
    cpuSeconds: () => processCpuSeconds(pid),
    exitReason: () => reason,
    async stop() {
      if (reason === undefined) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** utime + stime of a process from /proc/<pid>/stat, in seconds (USER_HZ is 100 on Linux). */
function processCpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at state (field 3).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
