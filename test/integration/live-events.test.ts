// The live event stream of the admin API (docs/api-internal.md): "each new event" over SSE, also
// when a burst commits more events at once than the stream reads per poll.
import { describe, expect, it } from 'vitest';
import { AdminClient } from '../support/admin-client.js';
import type { ServerProcess } from '../support/server-process.js';
import { useServer } from '../support/use-server.js';
import { post } from '../support/tracking-client.js';

let server: ServerProcess;
let admin: AdminClient;

useServer((started) => ({ server, admin } = started));

interface SseMessage {
  readonly event: string;
  readonly data: string;
}

/** Opens `GET /api/events/stream` and hands each SSE message to `onMessage`. */
async function openStream(onMessage: (message: SseMessage) => void): Promise<AbortController> {
  const abort = new AbortController();
  const response = await fetch(`${server.url}/api/events/stream`, {
    headers: { Authorization: `Bearer ${server.adminToken}` },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
          }
          onMessage({ event, data: data.join('\n') });
        }
      }
    } catch {
      // Aborted by the test.
    }
  })();
  return abort;
}

describe('live event stream', () => {
  it('delivers every event of a burst larger than one poll, oldest first', async () => {
    const received: Array<{ seq: number; messageId: string }> = [];
    let ready = false;
    const abort = await openStream((message) => {
      if (message.event === 'ready') ready = true;
      if (message.event === 'event') {
        const event = JSON.parse(message.data) as { seq: number; messageId: string };
        received.push({ seq: event.seq, messageId: event.messageId });
      }
    });
    try {
      const deadline = Date.now() + 5_000;
      while (!ready && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ready).toBe(true);

      const ids = Array.from({ length: 500 }, (_, i) => `burst-${i}`);
      const response = await post(
        server.url,
        '/v1/batch',
        {
          batch: ids.map((messageId) => ({ type: 'track', messageId, anonymousId: 'burst', event: 'Burst' })),
        },
        { basicKey: server.writeKey },
      );
      expect(response.status).toBe(200);
      expect((await admin.profileEvents('burst', 1000)).length).toBe(500);

      // The stream polls every 300 ms; give it a few rounds.
      const until = Date.now() + 3_000;
      while (received.length < ids.length && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(received.length).toBe(ids.length);
      expect(new Set(received.map((event) => event.messageId))).toEqual(new Set(ids));
      const seqs = received.map((event) => event.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    } finally {
      abort.abort();
    }
  });
});
