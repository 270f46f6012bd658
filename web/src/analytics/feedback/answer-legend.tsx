import type { SurveyAnswer } from '../../api-client/analytics-cells.js';
import { formatCount, formatPercent } from '../format/format-number.js';
import type { AnswerGroup } from './survey-groups.js';

export interface AnswerLegendProps<K extends SurveyAnswer> {
  groups: ReadonlyArray<AnswerGroup<K>>;
  counts: Record<K, number>;
  total: number;
  onPick(group: AnswerGroup<K>): void;
  /** `rows`: one group a line; `inline`: all on one wrapping line. */
  layout: 'rows' | 'inline';
  testIdPrefix: string;
}

/** The answer groups under a chart: colour, name, scores, and a count that opens the people. */
export function AnswerLegend<K extends SurveyAnswer>({
  groups,
  counts,
  total,
  onPick,
  layout,
  testIdPrefix,
}: AnswerLegendProps<K>) {
  return (
    <ul className={`answer-legend answer-legend--${layout}`}>
      {groups.map((group) => (
        <li key={group.answer}>
          <span className="answer-legend__swatch" style={{ background: group.color }} />
          <span className="answer-legend__name">{group.label}</span>
          <span className="muted small">{group.scores}</span>
          <span className="answer-legend__value">
            <button
              type="button"
              className="number-button strong"
              disabled={counts[group.answer] === 0}
              onClick={() => onPick(group)}
              title="See the people"
              data-testid={`${testIdPrefix}-${group.answer}`}
            >
              {formatCount(counts[group.answer])}
            </button>
            <span className="muted small">
              {formatPercent(total === 0 ? null : counts[group.answer] / total, { whole: true })}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
