import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
/** The built CLI, relative to this compiled file (dist/bench/ingest/bench-server.js). */
const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/cli/main.js');
/** Starts `node dist/src/cli/main.js serve` on a free port and resolves once it listens. */
export function startBenchServer(options) {
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
        const onExit = (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`));
        child.once('exit', onExit);
        child.stdout.on('data', (chunk) => {
            output += chunk.toString();
            const match = /waymark listening on (http:\/\/\S+)/.exec(output);
            if (!match?.[1] || child.pid === undefined)
                return;
            child.off('exit', onExit);
            child.stdout.removeAllListeners('data');
            child.stdout.resume();
            resolve(benchServer(child, match[1], child.pid));
        });
    });
}
function benchServer(child, url, pid) {
    let reason;
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
        reason = signal ? `signal ${signal}` : `exit code ${code}`;
        resolve();
    }));
    return {
        url,
        pid,
        cpuSeconds: () => processCpuSeconds(pid),
        exitReason: () => reason,
        async stop() {
            if (reason === undefined)
                child.kill('SIGTERM');
            await exited;
        },
    };
}
/** utime + stime of a process from /proc/<pid>/stat, in seconds (USER_HZ is 100 on Linux). */
function processCpuSeconds(pid) {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name (which may contain spaces) start at state (field 3).
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
    }
    catch {
        return Number.NaN;
    }
}
//# sourceMappingURL=bench-server.js.map