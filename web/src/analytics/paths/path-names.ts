// Path node names come as `<step>_<item>`, e.g. `2_Product Added` or `1_https://shop/cart`.

export interface PathNode {
  /** The full name, unique per step: the sankey node id and the value of a cell. */
  id: string;
  step: number;
  item: string;
}

export function parsePathNode(id: string): PathNode {
  const match = /^(\d+)_(.*)$/s.exec(id);
  if (match === null) return { id, step: 1, item: id };
  return { id, step: Number(match[1]), item: match[2] ?? '' };
}

/** What people read: "Page view" for `$page`, a URL's path without the shop's origin. */
export function itemLabel(item: string): string {
  if (item === '$page') return 'Page view';
  if (item === '$screen') return 'Screen view';
  if (item === '$identify') return 'Identified';
  try {
    const url = new URL(item);
    const path = url.pathname.replace(/\/$/, '');
    return path === '' ? '/' : path + url.search;
  } catch {
    return item;
  }
}
