import { Button } from '../../ui/button.js';
import { formatCount } from '../format/format-number.js';

export interface TablePagerProps {
  /** Index of the first row shown. */
  first: number;
  pageSize: number;
  total: number;
  onMove(first: number): void;
  testId?: string;
}

/** "21–40 of 173" with Previous and Next, under a table that has more rows than a page. */
export function TablePager({ first, pageSize, total, onMove, testId }: TablePagerProps) {
  if (total <= pageSize) return null;
  return (
    <div className="pager table-pager" data-testid={testId}>
      <span className="muted small">
        {formatCount(first + 1)}–{formatCount(Math.min(first + pageSize, total))} of {formatCount(total)}
      </span>
      <div className="pager__buttons">
        <Button disabled={first === 0} onClick={() => onMove(Math.max(0, first - pageSize))}>
          Previous
        </Button>
        <Button disabled={first + pageSize >= total} onClick={() => onMove(first + pageSize)}>
          Next
        </Button>
      </div>
    </div>
  );
}
