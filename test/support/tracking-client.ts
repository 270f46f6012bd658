// Raw HTTP helpers for the Segment-compatible tracking API (spec §1): exact bodies, headers and
// encodings, so tests control every byte a client library would send.
import { gzipSync } from 'node:zlib';
import { readBody } from './admin-client.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };

/** `Authorization: Basic base64("<writeKey>:")`, colon included, as Segment documents. */
export function basicAuth(writeKey: string): string {
  return `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;
}

export interface SendOptions {
  /** Sent as HTTP Basic user; omit for body-only or no auth. */
  readonly basicKey?: string;
  readonly contentType?: string;
  readonly gzip?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface SendResult {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** POSTs `body` (an object, or a raw string/Buffer sent as is) to `url + path`. */
export async function post(
  baseUrl: string,
  path: string,
  body: unknown,
  options: SendOptions = {},
): Promise<SendResult> {
  const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  const headers: Record<string, string> = {
    'Content-Type': options.contentType ?? 'application/json',
    ...(options.basicKey === undefined ? {} : { Authorization: basicAuth(options.basicKey) }),
    ...(options.gzip ? { 'Content-Encoding': 'gzip' } : {}),
    ...options.headers,
  };
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers,
    body: options.gzip ? gzipSync(bytes) : bytes,
  });
  return { status: response.status, headers: response.headers, body: await readBody(response) };
}

let counter = 0;

/** A unique message id for one test run: `<prefix>-<pid>-<time>-<n>`. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

/** Milliseconds between two ISO times (a − b). */
export function msBetween(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
