import type { RfmResult } from '../../api-client/analytics-results.js';
import { formatCount, formatMoney, formatPercent } from '../format/format-number.js';

/** The tone of each named RFM segment: good to worrying. */
const SEGMENT_TONES: Record<string, string> = {
  Champions: 'green',
  Loyal: 'green',
  'Potential loyalist': 'teal',
  'New customers': 'sky',
  Promising: 'sky',
  'Need attention': 'amber',
  'About to sleep': 'amber',
  'At risk': 'rose',
  'Cannot lose them': 'rose',
  Hibernating: 'neutral',
  Lost: 'neutral',
};

export interface RfmSegmentsProps {
  result: RfmResult;
  onPick(segment: string): void;
}

/** The eleven RFM segments as tiles: customers, share and revenue; click for the people. */
export function RfmSegments({ result, onPick }: RfmSegmentsProps) {
  const total = result.segments.reduce((sum, segment) => sum + segment.customers, 0);
  return (
    <div className="rfm-grid" data-testid="rfm-segments">
      {result.segments.map((segment) => (
        <button
          key={segment.name}
          type="button"
          className={`rfm-tile rfm-tile--${SEGMENT_TONES[segment.name] ?? 'neutral'}`}
          disabled={segment.customers === 0}
          onClick={() => onPick(segment.name)}
          data-testid="rfm-segment"
        >
          <span className="rfm-tile__name">{segment.name}</span>
          <span className="rfm-tile__count">{formatCount(segment.customers)}</span>
          <span className="rfm-tile__foot">
            {formatPercent(total === 0 ? null : segment.customers / total, { whole: true })} ·{' '}
            {formatMoney(segment.revenue, 'compact')}
          </span>
        </button>
      ))}
    </div>
  );
}
