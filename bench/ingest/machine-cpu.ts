import fs from 'node:fs';

/** Busy CPU seconds of the whole machine (all cores) from /proc/stat; NaN where it is missing. */
export function machineBusySeconds(): number {
  try {
    const [, ...ticks] = fs
      .readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .map(Number);
    // user nice system idle iowait irq softirq steal …: busy = all but idle and iowait.
    const total = ticks.slice(0, 8).reduce((sum, t) => sum + t, 0);
    return (total - ticks[3]! - ticks[4]!) / 100;
  } catch {
    return Number.NaN;
  }
}
