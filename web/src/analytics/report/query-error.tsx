import { ApiError } from '../../api-client/api-error.js';
import { Alert } from '../../ui/alert.js';

/**
 * Why a report did not run. A 400 E_VALIDATION names the field ("steps: needs at least one step"),
 * so it is shown as a form error beside the settings rather than as a failure.
 */
export function QueryError({ error }: { error: Error }) {
  if (error instanceof ApiError && error.code === 'E_VALIDATION') {
    const field = fieldOf(error.details);
    return (
      <div className="query-error" data-testid="query-error" data-field={field ?? undefined}>
        <Alert title="Check the report settings.">{error.message}</Alert>
      </div>
    );
  }
  if (error instanceof ApiError && error.code === 'E_NOT_FOUND') {
    return (
      <Alert tone="info" title="Not available yet.">
        This server does not offer this report yet. Update Waymark to use it.
      </Alert>
    );
  }
  return (
    <div className="query-error" data-testid="query-error">
      <Alert title="Could not run this report.">{error.message}</Alert>
    </div>
  );
}

function fieldOf(details: unknown): string | null {
  if (typeof details !== 'object' || details === null) return null;
  const field: unknown = Reflect.get(details, 'field');
  return typeof field === 'string' ? field : null;
}
