import http from 'node:http';
import type { RequestBody } from './event-pool.js';

export interface LoadOptions {
  /** Base URL of the server, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly path: string;
  readonly authorization: string;
  /** Sent in order, each once; the run ends early when they run out. */
  readonly bodies: readonly RequestBody[];
  /** Connections, each with one request in flight (closed loop). */
  readonly concurrency: number;
  readonly warmupMs: number;
  readonly measureMs: number;
  /** Called about once a second with the state of the run. */
  readonly onTick?: (tick: {
    phase: 'warm-up' | 'measure';
    elapsedMs: number;
    eventsPerSecond: number;
  }) => void;
}

export interface LoadResult {
  /** Requests answered 200 inside the measurement window, and their events. */
  readonly requests: number;
  readonly events: number;
  /** Length of the measurement window (shorter when the bodies ran out). */
  readonly seconds: number;
  readonly latencyMs: {
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly max: number;
  };
  /** Events in every 200 answer, warm-up included: what the server must have stored. */
  readonly acceptedEvents: number;
  /** Non-200 answers and network errors by status or error code. */
  readonly failures: Readonly<Record<string, number>>;
  readonly ranOut: boolean;
}

/** Drives one endpoint with `concurrency` keep-alive connections: a warm-up, then a measured window. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const target = new URL(options.path, options.url);
  const startedAt = performance.now();
  const measureFrom = startedAt + options.warmupMs;
  const measureTo = measureFrom + options.measureMs;
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let cursor = 0,
    events = 0,
    acceptedEvents = 0,
    tickEvents = 0,
    lastDoneAt = measureFrom,
    ranOut = false;

  const worker = async (): Promise<void> => {
    while (performance.now() < measureTo) {
      const body = options.bodies[cursor++];
      if (!body) {
        ranOut = true;
        return;
      }
      const sentAt = performance.now();
      const status = await post(agent, target, options.authorization, body.bytes).catch(
        (error: NodeJS.ErrnoException) => error.code ?? 'error',
      );
      const doneAt = performance.now();
      if (status !== 200) {
        failures[String(status)] = (failures[String(status)] ?? 0) + 1;
        continue;
      }
      acceptedEvents += body.events;
      tickEvents += body.events;
      if (doneAt >= measureFrom && doneAt <= measureTo) {
        latencies.push(doneAt - sentAt);
        events += body.events;
        lastDoneAt = doneAt;
      }
    }
  };
  let tickAt = startedAt;
  const ticker = setInterval(() => {
    const now = performance.now();
    options.onTick?.({
      phase: now < measureFrom ? 'warm-up' : 'measure',
      elapsedMs: now - startedAt,
      eventsPerSecond: (tickEvents * 1000) / (now - tickAt),
    });
    tickAt = now;
    tickEvents = 0;
  }, 1000);
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
  } finally {
    clearInterval(ticker);
    agent.destroy();
  }
  const seconds = ((ranOut ? lastDoneAt : measureTo) - measureFrom) / 1000;
  return {
    requests: latencies.length,
    events,
    seconds,
    latencyMs: percentiles(latencies),
    acceptedEvents,
    failures,
    ranOut,
  };
}

function post(agent: http.Agent, target: URL, authorization: string, bytes: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': bytes.length, authorization },
      },
      (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
        response.once('error', reject);
      },
    );
    request.once('error', reject);
    request.end(bytes);
  });
}

function percentiles(values: number[]): LoadResult['latencyMs'] {
  if (values.length === 0) return { p50: Number.NaN, p90: Number.NaN, p99: Number.NaN, max: Number.NaN };
  const sorted = Float64Array.from(values).sort();
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted[sorted.length - 1]! };
}
