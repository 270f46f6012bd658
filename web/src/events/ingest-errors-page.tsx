import { useApiClient } from '../app/auth-provider.js';
import { useResource } from '../app/use-resource.js';
import { Alert } from '../ui/alert.js';
import { Badge } from '../ui/badge.js';
import { Button } from '../ui/button.js';
import { Card } from '../ui/card.js';
import { EmptyState } from '../ui/empty-state.js';
import { CheckIcon, RefreshIcon } from '../ui/icons.js';
import { PageHeader } from '../ui/page-header.js';
import { Spinner } from '../ui/spinner.js';
import { TimeAgo } from '../ui/time-ago.js';
import { dropReasonLabel } from './drop-reason-label.js';

/** Events dropped inside accepted requests, with why, so a broken client can be fixed. */
export function IngestErrorsPage() {
  const client = useApiClient();
  const errors = useResource('ingest-errors', () => client.listIngestErrors({ limit: 100 }));
  const refresh = (
    <Button onClick={errors.reload} isBusy={errors.isLoading} data-testid="refresh-ingest-errors">
      {!errors.isLoading && <RefreshIcon width={15} height={15} />} Refresh
    </Button>
  );
  return (
    <>
      <PageHeader
        title="Ingest errors"
        description="Events that were dropped from an accepted request, and why. The rest of each request was stored."
        actions={refresh}
      />
      {errors.error !== undefined && (
        <Alert title="Could not load ingest errors.">{errors.error.message}</Alert>
      )}
      {errors.isLoading && errors.data === undefined && <Spinner />}
      {errors.data !== undefined && errors.data.errors.length === 0 && (
        <Card>
          <EmptyState icon={<CheckIcon />} title="No dropped events" testId="ingest-errors-empty">
            Every event your sources sent was valid.
          </EmptyState>
        </Card>
      )}
      {errors.data !== undefined && errors.data.errors.length > 0 && (
        <Card isFlush>
          <div className="table-scroll">
            <table className="table" data-testid="ingest-errors">
              <thead>
                <tr>
                  <th>Received</th>
                  <th>Reason</th>
                  <th>Type</th>
                  <th>Message</th>
                  <th className="hide-small">Sample</th>
                </tr>
              </thead>
              <tbody>
                {errors.data.errors.map((error, index) => (
                  <tr key={`${error.receivedAt}-${index}`} data-testid="ingest-error-row">
                    <td className="nowrap">
                      <TimeAgo at={error.receivedAt} />
                    </td>
                    <td>
                      <Badge tone="rose">{dropReasonLabel(error.reason)}</Badge>
                    </td>
                    <td className="mono">{error.type ?? '—'}</td>
                    <td>{error.message}</td>
                    <td className="hide-small">
                      <code className="sample" title={error.sample}>
                        {error.sample}
                      </code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
    </>
  );
}
