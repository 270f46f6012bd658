import fs from 'node:fs';
/** Busy CPU seconds of the whole machine (all cores) from /proc/stat; NaN where it is missing. */
export function machineBusySeconds() {
    try {
        const [, ...ticks] = fs
            .readFileSync('/proc/stat', 'utf8')
            .split('\n')[0]
            .trim()
            .split(/\s+/)
            .map(Number);
        // user nice system idle iowait irq softirq steal …: busy = all but idle and iowait.
        const total = ticks.slice(0, 8).reduce((sum, t) => sum + t, 0);
        return (total - ticks[3] - ticks[4]) / 100;
    }
    catch {
        return Number.NaN;
    }
}
/**
 * Measures CPU from the end of the warm-up until `end()`: the window whose answers are counted,
 * so CPU per event and per second are of the same requests, even when a run ends early.
 */
export function startCpuWindow(serverCpuSeconds, warmupMs) {
    const take = () => ({
        at: performance.now(),
        server: serverCpuSeconds(),
        client: process.cpuUsage(),
        machine: machineBusySeconds(),
    });
    let start;
    const timer = setTimeout(() => (start = take()), warmupMs);
    return {
        end() {
            clearTimeout(timer);
            const from = start ?? take();
            const to = take();
            const clientUsage = process.cpuUsage(from.client);
            const server = to.server - from.server;
            const client = (clientUsage.user + clientUsage.system) / 1e6;
            return {
                wallSeconds: (to.at - from.at) / 1000,
                server,
                client,
                other: Math.max(0, to.machine - from.machine - server - client),
            };
        },
    };
}
//# sourceMappingURL=machine-cpu.js.map