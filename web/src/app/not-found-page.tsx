import { EmptyState } from '../ui/empty-state.js';
import { Link } from './link.js';

export function NotFoundPage() {
  return (
    <div className="card">
      <EmptyState title="Page not found" testId="not-found">
        There is nothing at this address. <Link to="/events">Go to live events</Link>.
      </EmptyState>
    </div>
  );
}
