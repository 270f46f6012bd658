import type { FunnelResult } from '../../api-client/analytics-results.js';
import { formatCount, formatPercent } from '../format/format-number.js';
import type { FunnelPick } from './funnel-people.js';

export interface FunnelBreakdownTableProps {
  result: FunnelResult;
  property: string;
  onPick(pick: FunnelPick): void;
}

/** One row per breakdown value: people at each step (clickable) and the overall conversion. */
export function FunnelBreakdownTable({ result, property, onPick }: FunnelBreakdownTableProps) {
  const last = result.steps.length - 1;
  return (
    <div className="table-scroll">
      <table className="table table--compact" data-testid="funnel-breakdown-table">
        <thead>
          <tr>
            <th>{property}</th>
            {result.steps.map((step, k) => (
              <th key={k} className="num" title={step.name}>
                {k + 1}. {step.name}
              </th>
            ))}
            <th className="num">Conversion</th>
          </tr>
        </thead>
        <tbody>
          {result.breakdowns.map((breakdown) => (
            <tr key={breakdown.value ?? '(none)'}>
              <td className="breakdown-value">{breakdown.value ?? <span className="muted">(none)</span>}</td>
              {breakdown.steps.map((step, k) => (
                <td key={k} className="num">
                  <button
                    type="button"
                    className="number-button"
                    onClick={() => onPick({ step: k, breakdown: breakdown.value })}
                  >
                    {formatCount(step.count)}
                  </button>
                </td>
              ))}
              <td className="num strong">{formatPercent(breakdown.steps[last]?.overallConversion)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
