// Purchase occasions and the gaps between them, per customer. Orders less than 24 h after the
// start of an occasion join it (a split basket or a retried payment is not a new purchase; the
// lifetimes library likewise counts distinct purchase days), so gaps are never near 0.
import type { ActorEvents } from '../actor-events.js';
import type { ActorMask } from '../actor-mask.js';

/** An order < 24 h after an occasion's start belongs to that occasion. */
export const OCCASION_MS = 86_400_000;

/** Customers (actors with ≥ 1 order up to as-of) and their gaps, flat: customer i's gaps are intervals[start[i] .. start[i+1]). */
export interface PurchaseIntervals {
  readonly actors: Int32Array;
  readonly orders: Int32Array;
  readonly lastPurchaseAt: Float64Array;
  /** Length customers + 1. */
  readonly start: Int32Array;
  /** Gaps in ms, in time order per customer. */
  readonly intervals: Float64Array;
}

/** One pass over the rows of the unmasked actors, orders up to `asOf` only. */
export function collectPurchaseIntervals(
  table: ActorEvents,
  orderEvent: string,
  asOf: number,
  mask?: ActorMask,
): PurchaseIntervals {
  const orderCode = table.eventKeys.indexOf(orderEvent);
  const actors: number[] = [];
  const orders: number[] = [];
  const last: number[] = [];
  const start: number[] = [0];
  const intervals: number[] = [];
  for (let actor = 0; actor < table.actorCount && orderCode >= 0; actor++) {
    if (mask && mask[actor] !== 1) continue;
    let count = 0;
    let occasionAt = 0;
    for (let row = table.actorStart[actor]!, end = table.actorStart[actor + 1]!; row < end; row++) {
      if (table.events[row] !== orderCode) continue;
      const at = table.timestamps[row]!;
      if (at > asOf) break; // rows are in time order
      if (count > 0 && at - occasionAt >= OCCASION_MS) intervals.push(at - occasionAt);
      if (count === 0 || at - occasionAt >= OCCASION_MS) occasionAt = at;
      count++;
    }
    if (count === 0) continue;
    actors.push(actor);
    orders.push(count);
    last.push(occasionAt);
    start.push(intervals.length);
  }
  return {
    actors: Int32Array.from(actors),
    orders: Int32Array.from(orders),
    lastPurchaseAt: Float64Array.from(last),
    start: Int32Array.from(start),
    intervals: Float64Array.from(intervals),
  };
}

/** Customer i's gaps, sorted ascending (a copy). */
export function sortedIntervalsOf(data: PurchaseIntervals, customer: number): Float64Array {
  return data.intervals.slice(data.start[customer]!, data.start[customer + 1]!).sort();
}
