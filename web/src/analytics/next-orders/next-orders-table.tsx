import type { NextOrderPrediction, NextOrderResult } from '../../api-client/analytics-insight-results.js';
import type { ProfileView } from '../../api-client/profile-view.js';
import { Link } from '../../app/link.js';
import { profileName, profilePath } from '../../profiles/profile-identity.js';
import { Avatar } from '../../ui/avatar.js';
import {
  daysBetween,
  formatDay,
  formatDays,
  formatDaySpan,
  formatRelativeDay,
} from '../format/format-day.js';
import { formatCount, NO_VALUE } from '../format/format-number.js';
import { ConfidenceBadge } from './confidence-badge.js';
import type { NextOrderSortKey, NextOrderView } from './next-order-sort.js';
import { RiskBadge } from './risk-badge.js';
import { SortHeader } from './sort-header.js';

export interface NextOrdersTableProps {
  rows: NextOrderPrediction[];
  result: NextOrderResult;
  profiles: ReadonlyMap<string, ProfileView>;
  view: NextOrderView;
  onSort(key: NextOrderSortKey): void;
}

/** One customer a row: last order, expected next order and its window, confidence and risk. */
export function NextOrdersTable({ rows, result, profiles, view, onSort }: NextOrdersTableProps) {
  const asOf = result.asOf;
  const header = { view, onSort };
  return (
    <div className="table-scroll">
      <table className="table table--compact next-orders-table" data-testid="next-orders-table">
        <thead>
          <tr>
            <th>Customer</th>
            <SortHeader label="Orders" sortKey="orders" isNumeric {...header} />
            <SortHeader label="Last order" sortKey="last" {...header} />
            <SortHeader label="Expected next order" sortKey="next" {...header} />
            <th>Usual window</th>
            <SortHeader label="Confidence" sortKey="confidence" {...header} />
            <SortHeader label="Churn risk" sortKey="risk" {...header} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const profile = profiles.get(row.profileId);
            const name = profile === undefined ? row.profileId : profileName(profile);
            // Late means past the usual window, not merely past the median date.
            const late = row.window === null ? 0 : daysBetween(row.window.to, asOf);
            return (
              <tr key={row.profileId} data-testid="next-order-row">
                <td>
                  <Link
                    to={profilePath(row.profileId)}
                    className="customer-link"
                    data-testid="next-order-customer"
                  >
                    <Avatar name={name} size="small" />
                    <span className="customer-link__name">{name}</span>
                  </Link>
                </td>
                <td className="num">{formatCount(row.orders)}</td>
                <td className="nowrap">
                  {formatDay(row.lastPurchaseAt, asOf)}{' '}
                  <span className="muted small">· {formatRelativeDay(row.lastPurchaseAt, asOf)}</span>
                </td>
                <td className="nowrap" data-testid="next-order-date">
                  {formatDay(row.expectedNextOrderAt, asOf)}{' '}
                  {row.expectedNextOrderAt !== null && (
                    <span
                      className={late >= 1 ? 'small next-order-late' : 'muted small'}
                      title={late >= 1 ? 'Past the end of the usual window' : undefined}
                    >
                      ·{' '}
                      {late >= 1
                        ? `${formatDays(late)} late`
                        : formatRelativeDay(row.expectedNextOrderAt, asOf)}
                    </span>
                  )}
                </td>
                <td className="nowrap muted">
                  {row.window === null ? NO_VALUE : formatDaySpan(row.window.from, row.window.to, asOf)}
                </td>
                <td>
                  <ConfidenceBadge prediction={row} shop={result.shop} />
                </td>
                <td>
                  <RiskBadge prediction={row} asOf={asOf} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
