import { Card } from '../ui/card.js';
import { EmptyState } from '../ui/empty-state.js';

/** The profile's current traits, one per row; objects and arrays shown as compact JSON. */
export function TraitsTable({ traits }: { traits: Record<string, unknown> }) {
  const entries = Object.entries(traits).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Card title="Traits" isFlush testId="profile-traits">
      {entries.length === 0 ? (
        <EmptyState title="No traits yet">Traits arrive with identify calls.</EmptyState>
      ) : (
        <table className="table table--compact">
          <tbody>
            {entries.map(([key, value]) => (
              <tr key={key} data-testid="trait-row" data-trait={key}>
                <th scope="row" className="trait-key">
                  {key}
                </th>
                <td className={typeof value === 'string' ? 'trait-value' : 'trait-value trait-value--json'}>
                  {traitText(value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}

function traitText(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}
