import type { EmailCell } from '../../api-client/analytics-cells.js';
import type { EmailMetrics } from '../../api-client/analytics-insight-results.js';
import { MetricTile } from '../report/metric-tile.js';
import { EMAIL_TILES } from './email-tile-definitions.js';

export interface EmailTilesProps {
  total: EmailMetrics;
  onOpen(cell: EmailCell, title: string): void;
}

/** The totals over every campaign: volumes and the rates read from them. */
export function EmailTiles({ total, onOpen }: EmailTilesProps) {
  return (
    <section className="kpi-grid" aria-label="E-mail totals" data-testid="email-tiles">
      {EMAIL_TILES.map((tile) => (
        <MetricTile
          key={tile.testId}
          label={tile.label}
          value={tile.value(total)}
          foot={tile.foot(total)}
          help={tile.help}
          onOpen={() => onOpen({ metric: tile.group }, tile.peopleTitle)}
          testId={tile.testId}
        />
      ))}
    </section>
  );
}
