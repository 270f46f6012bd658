import type { Instant } from '../shared/index.js';
import type { SegmentCall } from './segment-call.js';

/** Length of one timeline bucket. */
export const HOUR_MS = 3_600_000;

interface Bucket {
  readonly times: number[];
  readonly calls: SegmentCall[];
}

/**
 * Calls grouped by the hour they happen in, so the generator can hand out a sorted stream while it
 * simulates: once every visit starting before an hour's end has run, that hour can no longer change.
 */
export class StoreTimeline {
  private readonly buckets = new Map<number, Bucket>();

  constructor(private readonly start: Instant) {}

  /** The bucket number of an instant (0 for the first hour after `start`). */
  hourOf(at: Instant): number {
    return Math.floor((at - this.start) / HOUR_MS);
  }

  add(at: Instant, call: SegmentCall): void {
    const hour = this.hourOf(at);
    let bucket = this.buckets.get(hour);
    if (bucket === undefined) {
      bucket = { times: [], calls: [] };
      this.buckets.set(hour, bucket);
    }
    bucket.times.push(at);
    bucket.calls.push(call);
  }

  /** Removes the calls of one hour and returns them sorted by time; ties keep the order they were added in. */
  take(hour: number): SegmentCall[] {
    const bucket = this.buckets.get(hour);
    if (bucket === undefined) return [];
    this.buckets.delete(hour);
    const { times, calls } = bucket;
    const order = times.map((_, i) => i);
    order.sort((x, y) => times[x]! - times[y]! || x - y);
    return order.map((i) => calls[i]!);
  }
}
