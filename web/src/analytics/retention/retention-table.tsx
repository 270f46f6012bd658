import type { CalendarPeriod } from '../../api-client/analytics-queries.js';
import type { RetentionResult } from '../../api-client/analytics-results.js';
import { formatCount, formatPercent, NO_VALUE } from '../format/format-number.js';
import { formatPeriod } from '../format/format-period.js';
import { heatColors } from './retention-colors.js';

export type RetentionDisplay = 'percent' | 'count';

export interface RetentionTableProps {
  result: RetentionResult;
  period: CalendarPeriod;
  display: RetentionDisplay;
  onPick(cohort: number, period: number): void;
}

/** Cohorts × periods as a heat map; unfinished periods are hatched and left out of the average. */
export function RetentionTable({ result, period, display, onPick }: RetentionTableProps) {
  const columns = result.average.length;
  // Empty cohorts (periods before the first or after the last start event) are left out: a long
  // range would otherwise bury the real rows. Indices stay those of the server's answer.
  const rows = result.cohorts.map((cohort, c) => ({ cohort, c })).filter(({ cohort }) => cohort.size > 0);
  const hidden = result.cohorts.length - rows.length;
  return (
    <div className="table-scroll">
      <table className="table retention-table" data-testid="retention-table">
        <thead>
          <tr>
            <th>Cohort</th>
            <th className="num">People</th>
            {Array.from({ length: columns }, (_, n) => (
              <th key={n} className="num">
                {capitalize(period)} {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="retention-table__average" data-testid="retention-average">
            <th scope="row">Weighted average</th>
            <td className="num">
              {formatCount(result.cohorts.reduce((sum, cohort) => sum + cohort.size, 0))}
            </td>
            {result.average.map((share, n) => (
              <td key={n} className="num">
                {share === null ? NO_VALUE : formatPercent(share)}
              </td>
            ))}
          </tr>
          {rows.map(({ cohort, c }) => (
            <tr key={cohort.start}>
              <th scope="row" className="retention-table__cohort">
                {formatPeriod(cohort.start, period)}
              </th>
              <td className="num muted">{formatCount(cohort.size)}</td>
              {cohort.values.map((value, n) => {
                const isComplete = cohort.complete[n] === true;
                if (cohort.size === 0) return <td key={n} className="retention-cell is-empty" />;
                if (!isComplete && value === 0)
                  return (
                    <td
                      key={n}
                      className="retention-cell is-incomplete"
                      title="This period has not finished yet"
                    />
                  );
                const share = value / cohort.size;
                const colors = heatColors(share);
                return (
                  <td key={n} className={isComplete ? 'retention-cell' : 'retention-cell is-incomplete'}>
                    <button
                      type="button"
                      className="retention-cell__button"
                      style={isComplete ? colors : undefined}
                      onClick={() => onPick(c, n)}
                      title={`${formatCount(value)} of ${formatCount(cohort.size)} people${isComplete ? '' : ' so far: this period has not finished'}`}
                      data-testid={`retention-cell-${c}-${n}`}
                    >
                      {display === 'percent' ? formatPercent(share) : formatCount(value)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && (
        <p className="muted retention-table__hidden" data-testid="retention-hidden">
          {formatCount(hidden)} {hidden === 1 ? 'cohort' : 'cohorts'} without anyone not shown.
        </p>
      )}
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
