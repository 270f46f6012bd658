import net from 'node:net';
/**
 * Drives one endpoint with `concurrency` keep-alive connections: a warm-up, then a measured window.
 * Raw sockets and a minimal HTTP/1.1 parser rather than `node:http`: the client shares the machine
 * with the server under test, and node:http's per-request objects cost it a third of a core.
 */
export async function runLoad(options) {
    const run = new Run(options);
    const ticker = setInterval(() => run.tick(), 1000);
    try {
        await Promise.all(Array.from({ length: options.concurrency }, () => new Connection(run).done));
    }
    finally {
        clearInterval(ticker);
    }
    return run.result();
}
/** State shared by the connections: the bodies, the clock, the counters. */
class Run {
    options;
    startedAt = performance.now();
    measureFrom;
    measureTo;
    target;
    headPrefix;
    /** Request heads by body length: bodies share a few hundred lengths, so each is encoded once. */
    heads = new Map();
    latencies = new Float64Array(1 << 14);
    count = 0;
    cursor = 0;
    events = 0;
    acceptedEvents = 0;
    tickEvents = 0;
    tickAt = this.startedAt;
    lastDoneAt = 0;
    ranOut = false;
    failures = {};
    constructor(options) {
        this.options = options;
        this.lastDoneAt = this.measureFrom = this.startedAt + options.warmupMs;
        this.measureTo = this.measureFrom + options.measureMs;
        const target = (this.target = new URL(options.path, options.url));
        this.headPrefix =
            `POST ${target.pathname}${target.search} HTTP/1.1\r\nHost: ${target.host}\r\n` +
                `Authorization: ${options.authorization}\r\nContent-Type: application/json\r\nContent-Length: `;
    }
    /** The next body to send, or undefined once the window is over or the bodies ran out. */
    next(now) {
        if (now >= this.measureTo)
            return undefined;
        const body = this.options.bodies[this.cursor++];
        if (!body)
            this.ranOut = true;
        return body;
    }
    head(length) {
        let head = this.heads.get(length);
        if (!head)
            this.heads.set(length, (head = Buffer.from(`${this.headPrefix}${length}\r\n\r\n`, 'latin1')));
        return head;
    }
    answered(status, body, sentAt, doneAt) {
        if (status !== 200)
            return this.failed(String(status));
        this.acceptedEvents += body.events;
        this.tickEvents += body.events;
        if (doneAt < this.measureFrom || doneAt > this.measureTo)
            return;
        if (this.count === this.latencies.length) {
            const grown = new Float64Array(this.count * 2);
            grown.set(this.latencies);
            this.latencies = grown;
        }
        this.latencies[this.count++] = doneAt - sentAt;
        this.events += body.events;
        this.lastDoneAt = doneAt;
    }
    failed(key) {
        this.failures[key] = (this.failures[key] ?? 0) + 1;
    }
    tick() {
        const now = performance.now();
        this.options.onTick?.({
            phase: now < this.measureFrom ? 'warm-up' : 'measure',
            elapsedMs: now - this.startedAt,
            eventsPerSecond: (this.tickEvents * 1000) / (now - this.tickAt),
        });
        this.tickAt = now;
        this.tickEvents = 0;
    }
    result() {
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
    run;
    finish;
    done = new Promise((resolve) => (this.finish = resolve));
    socket;
    /** Read into one buffer per connection (`onread`) rather than a fresh Buffer per 'data' event. */
    readBuffer = Buffer.allocUnsafe(16 * 1024);
    /** An incomplete head or line, copied out of `readBuffer` until the rest arrives. */
    carry;
    body;
    sentAt = 0;
    state = HEAD;
    status = 0;
    remaining = 0;
    keepAlive = true;
    constructor(run) {
        this.run = run;
        this.send(performance.now());
    }
    send(now) {
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
    connect() {
        const { hostname, port } = this.run.target;
        const socket = net.connect({
            host: hostname.replace(/^\[|\]$/g, ''),
            port: Number(port || 80),
            noDelay: true,
            onread: { buffer: this.readBuffer, callback: (length) => this.onRead(socket, length) },
        });
        let code = 'ECONNRESET'; // what node:http reports for a connection closed mid-request
        socket.on('error', (error) => (code = error.code ?? 'error'));
        socket.on('close', () => this.onClose(socket, code));
        return (this.socket = socket);
    }
    onRead(socket, length) {
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
            if (at < 0)
                break;
        }
        return true;
    }
    /** Consumes what it can from `buffer[at, end)`; returns where it stopped, or -1 to wait for more. */
    parse(buffer, at, end) {
        if (this.state === BODY || this.state === CHUNK_DATA) {
            const take = Math.min(this.remaining, end - at);
            this.remaining -= take;
            if (this.remaining > 0)
                return end;
            if (this.state === BODY)
                this.complete();
            else
                this.state = CHUNK_SIZE;
            return at + take;
        }
        if (this.state === UNTIL_CLOSE)
            return end;
        const inHead = this.state === HEAD;
        const next = inHead ? 4 : 2;
        // indexOf sees the stale bytes of `readBuffer` past `end` too: a match must end before `end`.
        const eol = buffer.indexOf(inHead ? '\r\n\r\n' : '\r\n', at, 'latin1');
        if (eol < 0 || eol + next > end) {
            this.carry = Buffer.from(buffer.subarray(at, end));
            return -1;
        }
        if (inHead)
            this.onHead(buffer.toString('latin1', at, eol));
        else if (this.state === CHUNK_SIZE)
            this.onChunkSize(parseInt(buffer.toString('latin1', at, eol), 16));
        else if (eol === at)
            this.complete(); // the blank line that ends the trailers
        return eol + next;
    }
    onHead(head) {
        this.status = Number(head.slice(9, 12));
        if (this.status >= 100 && this.status < 200)
            return; // an interim answer: the real one follows
        this.keepAlive = !/\r\nconnection:[^\r]*close/i.test(head) && head.startsWith('HTTP/1.1');
        const chunked = /\r\ntransfer-encoding:[^\r]*chunked/i.test(head);
        const length = chunked ? null : /\r\ncontent-length:[ \t]*(\d+)/i.exec(head);
        this.remaining = length ? Number(length[1]) : 0;
        const sized = length !== null || this.status === 204 || this.status === 304;
        this.state = chunked ? CHUNK_SIZE : sized ? BODY : UNTIL_CLOSE;
        if (this.state === BODY && this.remaining === 0)
            this.complete();
    }
    onChunkSize(size) {
        this.remaining = size + 2;
        this.state = size > 0 ? CHUNK_DATA : TRAILER;
    }
    complete() {
        const now = performance.now();
        this.run.answered(this.status, this.body, this.sentAt, now);
        if (!this.keepAlive)
            this.drop();
        this.send(now);
    }
    drop() {
        this.socket?.destroy();
        this.socket = undefined;
        this.carry = undefined;
    }
    onClose(socket, code) {
        if (socket !== this.socket)
            return; // one we dropped ourselves
        this.drop();
        if (!this.body)
            return;
        if (this.state === UNTIL_CLOSE)
            return this.complete();
        this.run.failed(code);
        this.send(performance.now());
    }
}
function percentiles(sorted) {
    if (sorted.length === 0)
        return { p50: Number.NaN, p90: Number.NaN, p99: Number.NaN, max: Number.NaN };
    sorted.sort();
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: sorted[sorted.length - 1] };
}
//# sourceMappingURL=load-generator.js.map