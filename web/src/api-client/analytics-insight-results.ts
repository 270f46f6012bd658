// Responses of `POST /api/query/next-orders`, `surveys` and `email`: the server's own result types,
// which are already JSON-shaped (times as ISO-8601 strings).
export type {
  EmailCampaignMetrics,
  EmailMetrics,
  EmailResult,
  NextOrderPrediction,
  NextOrderResult,
  SurveyMetrics,
  SurveyResult,
} from '../../../src/core/analytics/index.js';
