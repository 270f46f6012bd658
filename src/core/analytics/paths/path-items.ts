// What a path step is called, row by row: the event key, or for page paths the page URL of page
// calls (trailing slash removed, as PostHog does) and the name of screen calls. Computed once per
// query as an integer label per row so the path fold compares integers.
import { CALL_KEYS, type ActorEvents, type PropertyColumn } from '../actor-events.js';
import type { PathsQuery } from './paths-query.js';

/** Where a page call's item comes from, in order of preference. */
export const PAGE_ITEM_PROPERTIES = ['url', 'context.page.url', 'path', '$name'] as const;

/** Label id per row (−1: the row is not a path item) and the text of each label. */
export interface PathItems {
  readonly labelOf: Int32Array;
  readonly labels: readonly string[];
}

/** The item of every row for `query.item`. */
export function pathItems(table: ActorEvents, query: PathsQuery): PathItems {
  if (query.item === 'event') return { labelOf: table.events, labels: table.eventKeys };
  const labels: string[] = [];
  const ids = new Map<string, number>();
  const intern = (text: string): number => {
    let id = ids.get(text);
    if (id === undefined) {
      id = labels.length;
      ids.set(text, id);
      labels.push(text);
    }
    return id;
  };
  const pageCode = table.eventKeys.indexOf(CALL_KEYS.page);
  const screenCode = table.eventKeys.indexOf(CALL_KEYS.screen);
  const pageSources = PAGE_ITEM_PROPERTIES.map((path) => internedColumn(table.column(path), intern));
  const screenSources = [internedColumn(table.column('$name'), intern)];
  const labelOf = new Int32Array(table.size).fill(-1);
  for (let row = 0; row < table.size; row++) {
    const code = table.events[row];
    if (code === pageCode) labelOf[row] = firstLabel(pageSources, row);
    else if (code === screenCode) labelOf[row] = firstLabel(screenSources, row);
  }
  return { labelOf, labels };
}

/** A column's codes and, per string code, the interned label of its cleaned text. */
interface LabelSource {
  readonly codes: Int32Array;
  readonly labelOfCode: Int32Array;
}

function internedColumn(
  column: PropertyColumn | undefined,
  intern: (text: string) => number,
): LabelSource | undefined {
  if (column === undefined) return undefined;
  const labelOfCode = Int32Array.from(column.strings, (text) =>
    text === '' ? -1 : intern(cleanPageItem(text)),
  );
  return { codes: column.codes, labelOfCode };
}

function firstLabel(sources: ReadonlyArray<LabelSource | undefined>, row: number): number {
  for (const source of sources) {
    if (source === undefined) continue;
    const code = source.codes[row]!;
    if (code >= 0 && source.labelOfCode[code]! >= 0) return source.labelOfCode[code]!;
  }
  return -1;
}

/** Drops one trailing slash, keeping a bare "/" (PostHog: replaceRegexpAll(url, '(.)/$', '\\1')). */
export function cleanPageItem(text: string): string {
  return text.length > 1 && text.endsWith('/') ? text.slice(0, -1) : text;
}
