import { ArrowDownIcon, ArrowUpIcon } from '../analytics-icons.js';
import type { NextOrderSortKey, NextOrderView } from './next-order-sort.js';

export interface SortHeaderProps {
  label: string;
  sortKey: NextOrderSortKey;
  view: NextOrderView;
  onSort(key: NextOrderSortKey): void;
  isNumeric?: boolean;
}

/** A column header that sorts the table; a second click turns the order around. */
export function SortHeader({ label, sortKey, view, onSort, isNumeric = false }: SortHeaderProps) {
  const isSorted = view.sort === sortKey;
  const direction = view.isDescending ? 'descending' : 'ascending';
  const Arrow = view.isDescending ? ArrowDownIcon : ArrowUpIcon;
  return (
    <th className={isNumeric ? 'num' : undefined} aria-sort={isSorted ? direction : undefined}>
      <button
        type="button"
        className={isSorted ? 'sort-button is-sorted' : 'sort-button'}
        onClick={() => onSort(sortKey)}
        data-testid={`sort-${sortKey}`}
      >
        {label}
        {isSorted && <Arrow width={12} height={12} />}
      </button>
    </th>
  );
}
