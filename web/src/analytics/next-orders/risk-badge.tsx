import type { ChurnRisk } from '../../api-client/analytics-cells.js';
import type { NextOrderPrediction } from '../../api-client/analytics-insight-results.js';
import { Badge, type BadgeTone } from '../../ui/badge.js';
import { Hint } from '../report/hint.js';
import { ExplanationText } from './explanation-text.js';
import { explainRisk } from './next-order-explain.js';

export const RISK_STYLES: Record<ChurnRisk, { label: string; tone: BadgeTone }> = {
  high: { label: 'High', tone: 'rose' },
  medium: { label: 'Medium', tone: 'amber' },
  low: { label: 'Low', tone: 'green' },
  unknown: { label: 'Unknown', tone: 'neutral' },
};

/** The customer's churn risk; the tooltip says where the time since the last order falls. */
export function RiskBadge({ prediction, asOf }: { prediction: NextOrderPrediction; asOf: string }) {
  const style = RISK_STYLES[prediction.churnRisk];
  return (
    <Hint text={<ExplanationText explanation={explainRisk(prediction, asOf)} />} testId="risk-badge">
      <Badge tone={style.tone}>{style.label}</Badge>
    </Hint>
  );
}
