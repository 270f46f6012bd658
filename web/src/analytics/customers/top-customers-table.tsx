import type { ClvCustomer } from '../../api-client/analytics-results.js';
import type { ProfileView } from '../../api-client/profile-view.js';
import { Link } from '../../app/link.js';
import { profileName, profilePath } from '../../profiles/profile-identity.js';
import { Avatar } from '../../ui/avatar.js';
import {
  formatAgo,
  formatCount,
  formatDecimal,
  formatMoney,
  formatPercent,
} from '../format/format-number.js';

export interface TopCustomersTableProps {
  customers: ClvCustomer[];
  /** Profiles of these customers, when loaded, for names. */
  profiles: ReadonlyMap<string, ProfileView>;
  unit: 'day' | 'week';
  /** Opens the people ranked at or above `rank` (1-based). */
  onOpenTop(rank: number): void;
}

/** The customers worth most over the horizon, each linking to their profile. */
export function TopCustomersTable({ customers, profiles, unit, onOpenTop }: TopCustomersTableProps) {
  return (
    <div className="table-scroll">
      <table className="table table--compact" data-testid="top-customers">
        <thead>
          <tr>
            <th>Customer</th>
            <th className="num">Purchase days</th>
            <th className="num">Avg. repeat order</th>
            <th className="num">Last purchase</th>
            <th className="num">P(alive)</th>
            <th className="num">Expected orders</th>
            <th className="num">Predicted CLV</th>
          </tr>
        </thead>
        <tbody>
          {customers.map((customer, index) => {
            const profile = profiles.get(customer.profileId);
            const name = profile === undefined ? customer.profileId : profileName(profile);
            return (
              <tr key={customer.profileId} data-testid="top-customer-row">
                <td>
                  <Link to={profilePath(customer.profileId)} className="customer-link">
                    <span className="customer-link__rank">{index + 1}</span>
                    <Avatar name={name} size="small" />
                    <span className="customer-link__name">{name}</span>
                  </Link>
                </td>
                <td className="num">{formatCount(customer.frequency + 1)}</td>
                <td className="num">{customer.frequency === 0 ? '—' : formatMoney(customer.monetary)}</td>
                <td className="num muted">{formatAgo(customer.T - customer.recency, unit)}</td>
                <td className="num">
                  <span className="rate-cell">
                    <span className="rate-bar" aria-hidden="true">
                      <span
                        className="rate-bar__fill"
                        style={{ width: `${Math.round((customer.pAlive ?? 0) * 100)}%` }}
                      />
                    </span>
                    {formatPercent(customer.pAlive, { whole: true })}
                  </span>
                </td>
                <td className="num">{formatDecimal(customer.expectedPurchases.value)}</td>
                <td className="num strong">
                  <button
                    type="button"
                    className="number-button"
                    onClick={() => onOpenTop(index + 1)}
                    title="Everyone worth at least this much"
                  >
                    {formatMoney(customer.clv)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
