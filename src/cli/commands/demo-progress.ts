/** The part of a stream the progress bar writes to (process.stderr). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** Shows how many of `total` items are done, the rate and the time left. */
export interface Progress {
  advance(count: number): void;
  /** Draws the final state and ends the line. */
  finish(): void;
}

const REDRAW_MS = 100;
const PLAIN_LINE_MS = 2_000;

/**
 * A progress bar on a terminal (redrawn in place with `\r`), or a plain line every two seconds when
 * the stream is a file or a pipe. `now` is a monotonic clock in milliseconds.
 */
export function createProgress(stream: ProgressStream, total: number, unit: string, now: () => number): Progress {
  const startedAt = now();
  let done = 0;
  let drawnAt = -Infinity;
  const line = (): string => {
    const seconds = Math.max((now() - startedAt) / 1000, 1e-3);
    const rate = done / seconds;
    const eta = rate > 0 ? (total - done) / rate : Infinity;
    const share = total > 0 ? done / total : 1;
    const counts = `${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} ${unit}`;
    return `${(share * 100).toFixed(0).padStart(3)}%  ${counts}  ${Math.round(rate).toLocaleString('en-US')} ${unit}/s  ETA ${duration(eta)}`;
  };
  const draw = (isFinal: boolean): void => {
    const at = now();
    if (!isFinal && at - drawnAt < (stream.isTTY ? REDRAW_MS : PLAIN_LINE_MS)) return;
    drawnAt = at;
    if (!stream.isTTY) {
      stream.write(`${line()}\n`);
      return;
    }
    const text = line();
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - text.length - 4));
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}\u001b[K${isFinal ? '\n' : ''}`);
  };
  return {
    advance(count) {
      done += count;
      draw(false);
    },
    finish() {
      draw(true);
    },
  };
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const whole = Math.ceil(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
