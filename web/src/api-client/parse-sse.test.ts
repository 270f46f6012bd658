import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from './parse-sse.js';

function parse(chunks: string[]): SseMessage[] {
  const messages: SseMessage[] = [];
  const parser = createSseParser((message) => messages.push(message));
  chunks.forEach((chunk) => parser.push(chunk));
  return messages;
}

describe('createSseParser', () => {
  it('dispatches named events with their data and id', () => {
    expect(parse(['event: event\nid: 7\ndata: {"seq":7}\n\n'])).toEqual([
      { event: 'event', data: '{"seq":7}', id: '7' },
    ]);
  });

  it('joins multi-line data and defaults the event name to "message"', () => {
    expect(parse(['data: a\ndata: b\n\n'])).toEqual([{ event: 'message', data: 'a\nb', id: null }]);
  });

  it('handles messages split anywhere across chunks, CRLF included', () => {
    const text = 'event: event\r\ndata: {"seq":1}\r\n\r\nevent: event\r\ndata: {"seq":2}\r\n\r\n';
    const whole = parse([text]);
    for (let cut = 1; cut < text.length; cut += 1) {
      expect(parse([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
    expect(whole.map((message) => message.data)).toEqual(['{"seq":1}', '{"seq":2}']);
  });

  it('ignores comments, unknown fields and events without data', () => {
    expect(parse([': keep-alive\n\nretry: 10\nevent: ready\n\n'])).toEqual([]);
  });

  it('waits for the blank line before dispatching', () => {
    expect(parse(['event: event\ndata: x\n'])).toEqual([]);
  });
});
