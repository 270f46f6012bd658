import { clvQueryKind } from './clv/clv-query-kind.js';
import { emailQueryKind } from './email/email-query-kind.js';
import { funnelQueryKind } from './funnel/funnel-query-kind.js';
import { kpiQueryKind } from './kpis/kpi-query-kind.js';
import { nextOrderQueryKind } from './predictions/next-order-query-kind.js';
import { lifecycleQueryKind } from './lifecycle/lifecycle-query-kind.js';
import { pathsQueryKind } from './paths/paths-query-kind.js';
import { retentionQueryKind } from './retention/retention-query-kind.js';
import { stickinessQueryKind } from './stickiness/stickiness-query-kind.js';
import { trendsQueryKind } from './trends/trends-query-kind.js';
import { rfmQueryKind } from './rfm/rfm-query-kind.js';
import { surveyQueryKind } from './surveys/survey-query-kind.js';
/** Every analytics query the API offers, by the name in `POST /api/query/<name>`. */
export const QUERY_KINDS = {
    funnel: funnelQueryKind,
    retention: retentionQueryKind,
    lifecycle: lifecycleQueryKind,
    paths: pathsQueryKind,
    trends: trendsQueryKind,
    stickiness: stickinessQueryKind,
    kpis: kpiQueryKind,
    clv: clvQueryKind,
    rfm: rfmQueryKind,
    surveys: surveyQueryKind,
    email: emailQueryKind,
    'next-orders': nextOrderQueryKind,
};
//# sourceMappingURL=query-kinds.js.map