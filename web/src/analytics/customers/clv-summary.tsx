import type { ClvResult } from '../../api-client/analytics-results.js';
import { formatCount, formatMoney } from '../format/format-number.js';

export interface ClvSummaryProps {
  result: ClvResult;
  horizonMonths: number;
  onOpenAll(): void;
  onOpenLapsed(): void;
}

/** Four numbers over the model: customers, repeaters, predicted revenue, likely lapsed. */
export function ClvSummary({ result, horizonMonths, onOpenAll, onOpenLapsed }: ClvSummaryProps) {
  const customers = result.totalCustomers ?? result.customers.length;
  const isPartial = customers > result.customers.length;
  const predicted = result.customers.reduce((sum, customer) => sum + (customer.clv ?? 0), 0);
  const lapsed = result.customers.filter(
    (customer) => customer.pAlive !== null && customer.pAlive < 0.5,
  ).length;
  const partial = isPartial ? ` (top ${formatCount(result.customers.length)})` : '';
  return (
    <section className="kpi-grid" aria-label="Customer value" data-testid="clv-summary">
      <button type="button" className="kpi-tile is-clickable" onClick={onOpenAll} data-testid="clv-customers">
        <span className="kpi-tile__label">Customers</span>
        <span className="kpi-tile__value">{formatCount(customers)}</span>
        <span className="kpi-tile__foot kpi-tile__detail">with an order to date</span>
      </button>
      <div className="kpi-tile">
        <span className="kpi-tile__label">Repeat customers</span>
        <span className="kpi-tile__value">{formatCount(result.repeatCustomers)}</span>
        <span className="kpi-tile__foot kpi-tile__detail">bought on 2 or more days</span>
      </div>
      <div className="kpi-tile">
        <span className="kpi-tile__label">Predicted revenue{partial}</span>
        <span className="kpi-tile__value">{formatMoney(predicted, 'whole')}</span>
        <span className="kpi-tile__foot kpi-tile__detail">next {horizonMonths} months, discounted</span>
      </div>
      <button type="button" className="kpi-tile is-clickable" onClick={onOpenLapsed} data-testid="clv-lapsed">
        <span className="kpi-tile__label">Likely lapsed{partial}</span>
        <span className="kpi-tile__value">{formatCount(lapsed)}</span>
        <span className="kpi-tile__foot kpi-tile__detail">P(alive) under 50%</span>
      </button>
    </section>
  );
}
