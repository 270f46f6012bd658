import type { EventView } from '../api-client/event-view.js';

/** Adds `incoming` to a newest-first list without duplicates, keeping at most `cap` events. */
export function mergeEvents(current: EventView[], incoming: EventView[], cap: number): EventView[] {
  const bySeq = new Map<number, EventView>();
  for (const event of [...current, ...incoming]) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => b.seq - a.seq).slice(0, cap);
}

/** The largest `seq` in a list, or 0 for none. */
export function maxSeq(events: EventView[]): number {
  return events.reduce((max, event) => Math.max(max, event.seq), 0);
}
