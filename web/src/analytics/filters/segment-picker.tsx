import type { ProfileListView } from '../../api-client/analytics-cells.js';
import { formatCount } from '../format/format-number.js';
import { SegmentIcon } from '../analytics-icons.js';

export interface SegmentPickerProps {
  lists: ProfileListView[] | undefined;
  /** '' = everyone. */
  value: string;
  onChange(id: string): void;
}

/** Restricts every report to a saved list of people (any list is a valid `segmentId`). */
export function SegmentPicker({ lists, value, onChange }: SegmentPickerProps) {
  const isMissing = value !== '' && lists !== undefined && !lists.some((list) => list.id === value);
  return (
    <label className={value === '' ? 'filter-button filter-select' : 'filter-button filter-select is-set'}>
      <SegmentIcon />
      <span className="visually-hidden">Segment</span>
      <select
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-label="Segment"
        data-testid="segment-select"
      >
        <option value="">Everyone</option>
        {isMissing && <option value={value}>Unknown list</option>}
        {(lists ?? []).map((list) => (
          <option key={list.id} value={list.id}>
            {list.name} ({formatCount(list.size)})
          </option>
        ))}
      </select>
    </label>
  );
}
