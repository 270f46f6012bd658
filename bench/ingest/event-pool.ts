import { generateStore, type GenerateStoreOptions, type SegmentCall } from '../../src/core/demo/index.js';

/** One pre-serialized request body and the number of events in it. */
export interface RequestBody {
  readonly bytes: Buffer;
  readonly events: number;
}

/**
 * Request bodies made from the demo shop's event stream ahead of a measurement, so the load
 * generator only writes bytes. Every event is drawn once: no body repeats a message id.
 */
export class EventPool {
  private readonly calls: Iterator<SegmentCall>;
  private drawn = 0;
  private generationMs = 0;

  constructor(options: GenerateStoreOptions) {
    this.calls = generateStore(options);
  }

  /** Events drawn from the generator so far, and the seconds spent generating and serializing them. */
  get stats(): { events: number; seconds: number } {
    return { events: this.drawn, seconds: this.generationMs / 1000 };
  }

  /** `/v1/batch` bodies of `size` events each, at least `events` events in all (fewer if the stream ends). */
  batchBodies(events: number, size: number): RequestBody[] {
    return this.timed(() => {
      const bodies: RequestBody[] = [];
      let total = 0;
      while (total < events) {
        const parts: string[] = [];
        while (parts.length < size) {
          const call = this.next();
          if (!call) break;
          parts.push(JSON.stringify(call));
        }
        if (parts.length === 0) break;
        bodies.push({ bytes: Buffer.from(`{"batch":[${parts.join(',')}]}`), events: parts.length });
        total += parts.length;
      }
      return bodies;
    });
  }

  /** Single-event bodies for `/v1/t`: track calls only, since the route makes every body a track. */
  trackBodies(count: number): RequestBody[] {
    return this.timed(() => {
      const bodies: RequestBody[] = [];
      while (bodies.length < count) {
        const call = this.next();
        if (!call) break;
        if (call.type === 'track') bodies.push({ bytes: Buffer.from(JSON.stringify(call)), events: 1 });
      }
      return bodies;
    });
  }

  private next(): SegmentCall | undefined {
    const result = this.calls.next();
    if (result.done) return undefined;
    this.drawn++;
    return result.value;
  }

  private timed<T>(work: () => T): T {
    const startedAt = performance.now();
    try {
      return work();
    } finally {
      this.generationMs += performance.now() - startedAt;
    }
  }
}
