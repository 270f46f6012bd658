import type { PredictionConfidence } from '../../api-client/analytics-cells.js';
import type { NextOrderPrediction, NextOrderResult } from '../../api-client/analytics-insight-results.js';
import { Badge, type BadgeTone } from '../../ui/badge.js';
import { Hint } from '../report/hint.js';
import { ExplanationText } from './explanation-text.js';
import { explainConfidence } from './next-order-explain.js';

const LEVELS: Record<PredictionConfidence, { label: string; tone: BadgeTone; bars: number }> = {
  high: { label: 'High', tone: 'indigo', bars: 3 },
  medium: { label: 'Medium', tone: 'sky', bars: 2 },
  low: { label: 'Low', tone: 'neutral', bars: 1 },
};

export interface ConfidenceBadgeProps {
  prediction: NextOrderPrediction;
  shop: NextOrderResult['shop'];
}

/** How sure the predicted date is, as a signal-strength badge; the tooltip says why. */
export function ConfidenceBadge({ prediction, shop }: ConfidenceBadgeProps) {
  const level = LEVELS[prediction.confidence];
  return (
    <Hint
      text={<ExplanationText explanation={explainConfidence(prediction, shop)} />}
      testId="confidence-badge"
    >
      <Badge tone={level.tone}>
        <span className="signal-bars" aria-hidden="true">
          {[1, 2, 3].map((bar) => (
            <span key={bar} className={bar <= level.bars ? 'signal-bars__bar is-on' : 'signal-bars__bar'} />
          ))}
        </span>
        {level.label}
      </Badge>
    </Hint>
  );
}
