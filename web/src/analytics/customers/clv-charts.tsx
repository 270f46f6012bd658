import { useMemo } from 'react';
import type { ClvResult } from '../../api-client/analytics-results.js';
import { navigate } from '../../app/router.js';
import { profilePath } from '../../profiles/profile-identity.js';
import { EChart } from '../charts/echart.js';
import { ReportPanel } from '../report/report-panel.js';
import { aliveScatterOption, clvHistogramOption } from './clv-chart-options.js';

export interface ClvChartsProps {
  result: ClvResult;
  unit: 'day' | 'week';
  isLoading: boolean;
}

/** The spread of predicted CLV, and P(alive) against recency (a dot opens that customer). */
export function ClvCharts({ result, unit, isLoading }: ClvChartsProps) {
  const histogram = useMemo(() => clvHistogramOption(result.customers), [result]);
  const scatter = useMemo(() => aliveScatterOption(result.customers, unit), [result, unit]);
  const isEmpty = result.customers.length === 0;
  return (
    <div className="chart-pair">
      <ReportPanel
        title="Predicted CLV"
        actions={<span className="muted small">customers per band</span>}
        isLoading={isLoading}
        hasResult
        isEmpty={isEmpty}
        emptyTitle="No customers yet"
      >
        <EChart option={histogram} height={260} label="Distribution of predicted CLV" />
      </ReportPanel>
      <ReportPanel
        title="Still a customer?"
        actions={<span className="muted small">P(alive) by recency</span>}
        isLoading={isLoading}
        hasResult
        isEmpty={isEmpty}
        emptyTitle="No customers yet"
      >
        <EChart
          option={scatter}
          height={260}
          label="Probability alive against time since last purchase"
          onClick={(event) => {
            // The scatter draws the customers with a fitted P(alive), in the report's order.
            const customer = result.customers.filter((c) => c.pAlive !== null)[event.dataIndex];
            if (customer !== undefined) navigate(profilePath(customer.profileId));
          }}
        />
      </ReportPanel>
    </div>
  );
}
