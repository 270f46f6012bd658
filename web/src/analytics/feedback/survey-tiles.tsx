import type { SurveyCell } from '../../api-client/analytics-cells.js';
import type { SurveyResult } from '../../api-client/analytics-insight-results.js';
import { formatCount, formatCountOf, formatDecimal, formatPercent } from '../format/format-number.js';
import { MetricTile } from '../report/metric-tile.js';
import { answerCount, formatNps } from './survey-groups.js';

export interface SurveyTilesProps {
  result: SurveyResult;
  onOpen(cell: SurveyCell, title: string): void;
}

/** NPS, CSAT, CES and all answers; each opens the people who answered. */
export function SurveyTiles({ result, onOpen }: SurveyTilesProps) {
  const { nps, csat, ces } = result;
  const cesShare = ces.score === null ? null : (ces.score - 1) / 6;
  return (
    <section className="kpi-grid" aria-label="Survey scores" data-testid="survey-tiles">
      <MetricTile
        label="Net Promoter Score"
        value={formatNps(nps.score)}
        foot={`${formatCountOf(nps.responses, 'answer')} · −100 to +100`}
        help="% promoters (9–10) minus % detractors (0–6)."
        onOpen={() => onOpen({ type: 'nps' }, 'NPS respondents')}
        testId="survey-nps"
      />
      <MetricTile
        label="Customer satisfaction (CSAT)"
        value={formatPercent(csat.score)}
        foot={`satisfied (4–5) in ${formatCountOf(csat.responses, 'answer')}`}
        help="Share of answers of 4 or 5 on the 5-point scale (top-2-box)."
        onOpen={() => onOpen({ type: 'csat' }, 'CSAT respondents')}
        testId="survey-csat"
      />
      <MetricTile
        label="Customer effort (CES)"
        value={
          <>
            {formatDecimal(ces.score)}
            <span className="tile-unit"> / 7</span>
          </>
        }
        foot={
          <>
            <span className="ces-scale" aria-hidden="true">
              {cesShare !== null && (
                <span className="ces-scale__mark" style={{ left: `${cesShare * 100}%` }} />
              )}
            </span>
            {formatCountOf(ces.respondents, 'answer')} · 7 = very easy
          </>
        }
        help="Mean agreement that it was easy to get done, from 1 to 7."
        onOpen={() => onOpen({ type: 'ces', answer: 'respondents' }, 'CES respondents')}
        testId="survey-ces"
      />
      <MetricTile
        label="Answers"
        value={formatCount(answerCount(result))}
        foot={
          result.invalidResponses > 0
            ? `${formatCountOf(result.invalidResponses, 'more answer', 'more answers')} could not be read`
            : 'NPS, CSAT and CES together'
        }
        onOpen={() => onOpen({}, 'Survey respondents')}
        testId="survey-answers"
      />
    </section>
  );
}
