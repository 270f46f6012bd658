import type { KpiResult } from '../../api-client/analytics-results.js';
import { ArrowDownIcon, ArrowUpIcon } from '../analytics-icons.js';
import { TileFrame } from '../report/metric-tile.js';
import { formatKpi, kpiChange, type KpiDefinition } from './kpi-definitions.js';

export interface KpiTileProps {
  definition: KpiDefinition;
  result: KpiResult;
  previous: KpiResult | undefined;
  onOpenPeople?: () => void;
}

/** One KPI: its value, the change from the previous period, a detail line; click for the people. */
export function KpiTile({ definition, result, previous, onOpenPeople }: KpiTileProps) {
  const value = result[definition.field];
  const change = kpiChange(definition.format, value, previous?.[definition.field]);
  const detail = definition.detail?.(result) ?? null;
  const content = (
    <>
      <span className="kpi-tile__label" title={definition.help}>
        {definition.label}
      </span>
      <span className="kpi-tile__value" data-testid="kpi-value">
        {formatKpi(definition.format, value)}
      </span>
      <span className="kpi-tile__foot">
        {change !== null && (
          <ChangeBadge
            amount={change.amount}
            label={change.label}
            isHigherBetter={definition.isHigherBetter}
          />
        )}
        {detail !== null && <span className="kpi-tile__detail">{detail}</span>}
      </span>
    </>
  );
  return (
    <TileFrame onOpen={onOpenPeople} help={definition.help} testId={`kpi-${definition.field}`}>
      {content}
    </TileFrame>
  );
}

function ChangeBadge({
  amount,
  label,
  isHigherBetter,
}: {
  amount: number;
  label: string;
  isHigherBetter: boolean;
}) {
  const isFlat = Math.abs(amount) < 0.0005;
  const isGood = amount > 0 === isHigherBetter;
  const tone = isFlat ? 'flat' : isGood ? 'good' : 'bad';
  return (
    <span className={`change change--${tone}`} title="Compared with the previous period of the same length">
      {!isFlat &&
        (amount > 0 ? <ArrowUpIcon width={12} height={12} /> : <ArrowDownIcon width={12} height={12} />)}
      {label}
    </span>
  );
}
