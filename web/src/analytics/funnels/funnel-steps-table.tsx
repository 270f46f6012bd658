import type { FunnelStepResult } from '../../api-client/analytics-results.js';
import { formatCount, formatDuration, formatPercent, NO_VALUE } from '../format/format-number.js';
import type { FunnelPick } from './funnel-people.js';

export interface FunnelStepsTableProps {
  steps: FunnelStepResult[];
  onPick(pick: FunnelPick): void;
}

/** Every step with its people, conversion, drop-off and time to convert; each count opens the people. */
export function FunnelStepsTable({ steps, onPick }: FunnelStepsTableProps) {
  return (
    <div className="table-scroll">
      <table className="table table--compact funnel-table" data-testid="funnel-steps-table">
        <thead>
          <tr>
            <th>Step</th>
            <th className="num">People</th>
            <th className="num">From previous</th>
            <th className="num">Overall</th>
            <th className="num">Dropped off</th>
            <th className="num">Median time</th>
            <th className="num">90th percentile</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step, k) => {
            const previous = k === 0 ? 0 : (steps[k - 1]?.count ?? 0);
            const dropped = previous - step.count;
            return (
              <tr key={k} data-testid="funnel-step-row">
                <td>
                  <span className="step-name">
                    <span className="step-name__number">{k + 1}</span>
                    {step.name}
                  </span>
                </td>
                <td className="num">
                  <button
                    type="button"
                    className="number-button"
                    onClick={() => onPick({ step: k })}
                    data-testid={`funnel-reached-${k}`}
                  >
                    {formatCount(step.count)}
                  </button>
                </td>
                <td className="num">{previous === 0 ? NO_VALUE : formatPercent(step.stepConversion)}</td>
                <td className="num">
                  <span className="rate-cell">
                    <span className="rate-bar" aria-hidden="true">
                      <span
                        className="rate-bar__fill"
                        style={{ width: `${Math.round(step.overallConversion * 100)}%` }}
                      />
                    </span>
                    {formatPercent(step.overallConversion)}
                  </span>
                </td>
                <td className="num">
                  {previous === 0 ? (
                    NO_VALUE
                  ) : (
                    <button
                      type="button"
                      className="number-button number-button--drop"
                      onClick={() => onPick({ step: k, isDropped: true })}
                      data-testid={`funnel-dropped-${k}`}
                    >
                      {formatCount(dropped)}{' '}
                      <span className="muted">({formatPercent(1 - step.stepConversion)})</span>
                    </button>
                  )}
                </td>
                <td className="num">{k === 0 ? NO_VALUE : formatDuration(step.timeToConvertMs.median)}</td>
                <td className="num">{k === 0 ? NO_VALUE : formatDuration(step.timeToConvertMs.p90)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
