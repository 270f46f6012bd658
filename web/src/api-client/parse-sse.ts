/** One dispatched Server-Sent Events message. */
export interface SseMessage {
  event: string;
  data: string;
  id: string | null;
}

export interface SseParser {
  /** Feeds decoded text; complete messages are dispatched as they end. */
  push(chunk: string): void;
}

/** An incremental parser for the `text/event-stream` format (WHATWG HTML §9.2.6). */
export function createSseParser(onMessage: (message: SseMessage) => void): SseParser {
  let buffer = '';
  let event = '';
  let dataLines: string[] = [];
  let id: string | null = null;

  const dispatch = () => {
    if (dataLines.length > 0) onMessage({ event: event || 'message', data: dataLines.join('\n'), id });
    event = '';
    dataLines = [];
  };

  const readLine = (line: string) => {
    if (line === '') return dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const rawValue = colon === -1 ? '' : line.slice(colon + 1);
    const value = rawValue.startsWith(' ') ? rawValue.slice(1) : rawValue;
    if (field === 'event') event = value;
    else if (field === 'data') dataLines.push(value);
    else if (field === 'id') id = value;
  };

  return {
    push(chunk) {
      buffer += chunk;
      // A trailing "\r" may be the first half of "\r\n": keep it until the next chunk.
      const complete = buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer;
      const lines = complete.split(/\r\n|\r|\n/);
      const rest = lines.pop() ?? '';
      buffer = rest + buffer.slice(complete.length);
      lines.forEach(readLine);
    },
  };
}

/** Reads a fetch body as SSE until it ends or `signal` aborts. */
export async function readSseStream(
  body: ReadableStream<Uint8Array>,
  onMessage: (message: SseMessage) => void,
): Promise<void> {
  const parser = createSseParser(onMessage);
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.push(decoder.decode(value, { stream: true }));
    }
    parser.push(decoder.decode());
  } finally {
    reader.releaseLock();
  }
}
