import type { ChurnRisk } from '../../api-client/analytics-cells.js';
import type { NextOrderResult } from '../../api-client/analytics-insight-results.js';
import { formatDayRange, formatDays } from '../format/format-day.js';
import { formatCount, formatCountOf, formatPercent } from '../format/format-number.js';
import { countByRisk } from './next-order-sort.js';

const TILES: ReadonlyArray<{
  risk: Exclude<ChurnRisk, 'unknown'>;
  label: string;
  tone: string;
  help: string;
}> = [
  { risk: 'high', label: 'High churn risk', tone: 'rose', help: 'gap unusually long' },
  { risk: 'medium', label: 'Medium churn risk', tone: 'amber', help: 'late, within the usual spread' },
  { risk: 'low', label: 'Low churn risk', tone: 'green', help: 'inside their usual window' },
];

export interface RiskTilesProps {
  result: NextOrderResult;
  onPick(risk: ChurnRisk): void;
}

/** Customers per churn risk (click for the people), and the shop's typical interval between orders. */
export function RiskTiles({ result, onPick }: RiskTilesProps) {
  const counts = countByRisk(result.customers);
  const total = result.customers.length;
  const { shop } = result;
  return (
    <div className="risk-tiles" data-testid="risk-tiles">
      {TILES.map((tile) => (
        <button
          key={tile.risk}
          type="button"
          className={`rfm-tile rfm-tile--${tile.tone}`}
          disabled={counts[tile.risk] === 0}
          onClick={() => onPick(tile.risk)}
          title="Click to see these customers"
          data-testid={`risk-count-${tile.risk}`}
        >
          <span className="rfm-tile__name">{tile.label}</span>
          <span className="rfm-tile__count">{formatCount(counts[tile.risk])}</span>
          <span className="rfm-tile__foot">
            {formatPercent(total === 0 ? null : counts[tile.risk] / total, { whole: true })} · {tile.help}
          </span>
        </button>
      ))}
      <div className="rfm-tile rfm-tile--neutral risk-tiles__shop" data-testid="shop-interval">
        <span className="rfm-tile__name">Typical interval</span>
        <span className="rfm-tile__count">{formatDays(shop.medianIntervalDays)}</span>
        <span className="rfm-tile__foot">
          {shop.repeatCustomers === 0
            ? 'no repeat customers yet'
            : `middle half ${formatDayRange(shop.p25IntervalDays, shop.p75IntervalDays)} · ${formatCountOf(shop.repeatCustomers, 'repeat customer')}`}
        </span>
      </div>
    </div>
  );
}
