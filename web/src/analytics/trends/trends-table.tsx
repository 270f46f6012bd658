import type { TrendsResult } from '../../api-client/analytics-results.js';
import { SERIES_PALETTE } from '../charts/chart-theme.js';
import { formatDecimal } from '../format/format-number.js';

export interface TrendsTableProps {
  result: TrendsResult;
  labelOf(index: number): string;
}

/** Each line's average, peak and latest value under the chart. */
export function TrendsTable({ result, labelOf }: TrendsTableProps) {
  return (
    <div className="table-scroll trends-table">
      <table className="table table--compact">
        <thead>
          <tr>
            <th>Series</th>
            <th className="num">Average</th>
            <th className="num">Peak</th>
            <th className="num">Latest</th>
          </tr>
        </thead>
        <tbody>
          {result.series.map((line, index) => {
            const values = line.points.map((point) => point.value);
            const average =
              values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
            return (
              <tr key={index}>
                <td>
                  <span className="series-label">
                    <span
                      className="series-editor__swatch"
                      style={{ background: SERIES_PALETTE[index % SERIES_PALETTE.length] }}
                    />
                    {labelOf(index)}
                  </span>
                </td>
                <td className="num">{formatDecimal(average)}</td>
                <td className="num">{formatDecimal(values.length === 0 ? null : Math.max(...values))}</td>
                <td className="num">{formatDecimal(values[values.length - 1])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
