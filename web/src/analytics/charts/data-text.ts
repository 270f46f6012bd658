import type { ECElementEvent } from './echarts-setup.js';

/** A string field of the clicked item's data (e.g. a sankey link's `source`), if it has one. */
export function dataText(event: ECElementEvent, key: string): string | undefined {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return undefined;
  const value: unknown = Reflect.get(data, key);
  return typeof value === 'string' ? value : undefined;
}
