import net from 'node:net';
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

/**
 * Drives one endpoint with `concurrency` keep-alive connections: a warm-up, then a measured window.
 * Raw sockets and a minimal HTTP/1.1 parser rather than `node:http`: the client shares the machine
 * with the server under test, and node:http's per-request objects cost it a third of a core.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const run = new Run(options);
  const ticker = setInterval(() => run.tick(), 1000);
  try {
    await Promise.all(Array.from({ length: options.concurrency }, () => new Connection(run).done));
  } finally {
    clearInterval(ticker);
  }
  return run.result();
}

/** State shared by the connections: the bodies, the clock, the counters. */
class Run {
  readonly startedAt = performance.now();
  readonly measureFrom: number;
  readonly measureTo: number;
  readonly target: URL;
  private readonly headPrefix: string;
  /** Request heads by body length: bodies share a few hundred lengths, so each is encoded once. */
  private readonly heads = new Map<number, Buffer>();
  private latencies = new Float64Array(1 << 14);
  private count = 0;
  private cursor = 0;
  private events = 0;
  private acceptedEvents = 0;
  private tickEvents = 0;
  private tickAt = this.startedAt;
  private lastDoneAt = 0;
  private ranOut = false;
  private readonly failures: Record<string, number> = {};

  constructor(private readonly options: LoadOptions) {
    this.lastDoneAt = this.measureFrom = this.startedAt + options.warmupMs;
    this.measureTo = this.measureFrom + options.measureMs;
    const target = (this.target = new URL(options.path, options.url));
    this.headPrefix =
      `POST ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\n` +
      `Authorization: ${options.authorization}\r\nContent-Type: application/json\r\nContent-Length: `;
  }

  /** The next body to send, or undefined once the window is over or the bodies ran out. */
  next(now: number): RequestBody | undefined {
    if (now >= this.measureTo) return undefined;
    const body = this.options.bodies[this.cursor++];
    if (!body) this.ranOut = true;
    return body;
  }

  head(length: number): Buffer {
    let head = this.heads.get(length);
    if (!head) this.heads.set(length, (head = Buffer.from(`${this.headPrefix}${length}\r\n\r\n`, 'latin1')));
    return head;
  }

  answered(status: number, body: RequestBody, sentAt: number, doneAt: number): void {
    if (status !== 200) return this.failed(String(status));
    this.acceptedEvents += body.events;
    this.tickEvents += body.events;
    if (doneAt < this.measureFrom || doneAt > this.measureTo) return;
    if (this.count === this.latencies.length) {
      const grown = new Float64Array(this.count * 2);
      grown.set(this.latencies);
      this.latencies = grown;
    }
    this.latencies[this.count++] = doneAt - sentAt;
    this.events += body.events;
    this.lastDoneAt = doneAt;
  }

  failed(key: string): void {
    this.failures[key] = (this.failures[key] ?? 0) + 1;
  }

  tick(): void {
    const now = performance.now();
    this.options.onTick?.({
      phase: now < this.measureFrom ? 'warm-up' : 'measure',
      elapsedMs: now - this.startedAt,
      eventsPerSecond: (this.tickEvents * 1000) / (now - this.tickAt),
    });
    this.tickAt = now;
    this.tickEvents = 0;
  }

  result(): LoadResult {
    return {
      requests: this.count,
      events: this.events,
      seconds: ((this.ranOut ? this.lastDoneAt : this.measureTo) - this.measureFrom) / 1000,
      latencyMs: percentiles(this.latencies.slice(0, this.count)),
      acceptedEvents: this.acceptedEvents,
      failures: this.failures,
      ranOut: this.ranOut,
    };
  }
}

const HEAD = 0, // status line and headers, up to the blank line
  BODY = 1, // `remaining` bytes of a Content-Length body
  CHUNK_SIZE = 2, // a chunk-size line
  CHUNK_DATA = 3, // `remaining` bytes of chunk data and its CRLF
  TRAILER = 4, // trailer lines after the last chunk, up to the blank line
  UNTIL_CLOSE = 5; // neither length nor chunked: the body ends when the server closes

/** One keep-alive connection with one request in flight; reconnects when the server closes it. */
class Connection {
  private finish!: () => void;
  readonly done = new Promise<void>((resolve) => (this.finish = resolve));
  private socket: net.Socket | undefined;
  /** Read into one buffer per connection (`onread`) rather than a fresh Buffer per 'data' event. */
  private readonly readBuffer = Buffer.allocUnsafe(16 * 1024);
  /** An incomplete head or line, copied out of `readBuffer` until the rest arrives. */
  private carry: Buffer | undefined;
  private body: RequestBody | undefined;
  private sentAt = 0;
  private state = HEAD;
  private status = 0;
  private remaining = 0;
  private keepAlive = true;

  constructor(private readonly run: Run) {
    this.send(performance.now());
  }

  private send(now: number): void {
    const body = (this.body = this.run.next(now));
    if (!body) {
      this.socket?.destroy();
      return this.finish();
    }
    const socket = this.socket ?? this.connect();
    this.state = HEAD;
    this.sentAt = now;
    // Corked, the head and the body leave in one writev without being copied together.
    socket.cork();
    socket.write(this.run.head(body.bytes.length));
    socket.write(body.bytes);
    socket.uncork();
  }

  private connect(): net.Socket {
    const { hostname, port } = this.run.target;
    const socket: net.Socket = net.connect({
      host: hostname.replace(/^\[|\]$/g, ''),
      port: Number(port || 80),
      noDelay: true,
      onread: { buffer: this.readBuffer, callback: (length) => this.onRead(socket, length) },
    });
    let code = 'ECONNRESET'; // what node:http reports for a connection closed mid-request
    socket.on('error', (error: NodeJS.ErrnoException) => (code = error.code ?? 'error'));
    socket.on('close', () => this.onClose(socket, code));
    return (this.socket = socket);
  }

  private onRead(socket: net.Socket, length: number): boolean {
    let buffer = this.readBuffer;
    let end = length;
    if (this.carry) {
      buffer = Buffer.concat([this.carry, buffer.subarray(0, length)]);
      end = buffer.length;
      this.carry = undefined;
    }
    // Several responses in one read would be a server bug here (one request in flight), but parse on.
    for (let at = 0; at < end && this.body && this.socket === socket;) {
      at = this.parse(buffer, at, end);
      if (at < 0) break;
    }
    return true;
  }

  /** Consumes what it can from `buffer[at, end)`; returns where it stopped, or -1 to wait for more. */
  private parse(buffer: Buffer, at: number, end: number): number {
    if (this.state === BODY || this.state === CHUNK_DATA) {
      const take = Math.min(this.remaining, end - at);
      this.remaining -= take;
      if (this.remaining > 0) return end;
      if (this.state === BODY) this.complete();
      else this.state = CHUNK_SIZE;
      return at + take;
    }
    if (this.state === UNTIL_CLOSE) return end;
    const inHead = this.state === HEAD;
    const next = inHead ? 4 : 2;
    // indexOf sees the stale bytes of `readBuffer` past `end` too: a match must end before `end`.
    const eol = buffer.indexOf(inHead ? '\r\n\r\n' : '\r\n', at, 'latin1');
    if (eol < 0 || eol + next > end) {
      this.carry = Buffer.from(buffer.subarray(at, end));
      return -1;
    }
    if (inHead) this.onHead(buffer.toString('latin1', at, eol));
    else if (this.state === CHUNK_SIZE) this.onChunkSize(parseInt(buffer.toString('latin1', at, eol), 16));
    else if (eol === at) this.complete(); // the blank line that ends the trailers
    return eol + next;
  }

  private onHead(head: string): void {
    this.status = Number(head.slice(9, 12));
    if (this.status >= 100 && this.status < 200) return; // an interim answer: the real one follows
    this.keepAlive = !/\r\nconnection:[^\r]*close/i.test(head) && head.startsWith('HTTP/1.1');
    const chunked = /\r\ntransfer-encoding:[^\r]*chunked/i.test(head);
    const length = chunked ? null : /\r\ncontent-length:[ \t]*(\d+)/i.exec(head);
    this.remaining = length ? Number(length[1]) : 0;
    const sized = length !== null || this.status === 204 || this.status === 304;
    this.state = chunked ? CHUNK_SIZE : sized ? BODY : UNTIL_CLOSE;
    if (this.state === BODY && this.remaining === 0) this.complete();
  }

  private onChunkSize(size: number): void {
    this.remaining = size + 2;
    this.state = size > 0 ? CHUNK_DATA : TRAILER;
  }

  private complete(): void {
    const now = performance.now();
    this.run.answered(this.status, this.body!, this.sentAt, now);
    if (!this.keepAlive) this.drop();
    this.send(now);
  }

  private drop(): void {
    this.socket?.destroy();
    this.socket = undefined;
    this.carry = undefined;
  }

  private onClose(socket: net.Socket, code: string): void {
    if (socket !== this.socket) return; // one we dropped ourselves
    this.drop();
    if (!this.body) return;
    if (this.state === UNTIL_CLOSE) return this.complete();
    this.run.failed(code);
    this.send(performance.now());
  }
}

function percentiles(sorted: Float64Array): LoadResult['latencyMs'] {
  if (sorted.length === 0) return { p50: Number.NaN, p90: Number.NaN, p99: Number.NaN, max: Number.NaN };
  sorted.sort();
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted[sorted.length - 1]! };
}
