import type { EmailCell } from '../../api-client/analytics-cells.js';
import { useAnalyticsScope, useReportScope } from '../analytics-context.js';
import { describeRange } from '../filters/date-range.js';
import { formatCountOf } from '../format/format-number.js';
import { peopleRequest } from '../people/people-request.js';
import { QueryError } from '../report/query-error.js';
import { ReportPanel } from '../report/report-panel.js';
import { useReport } from '../report/use-report.js';
import { EmailCampaignsTable } from './email-campaigns-table.js';
import { EmailTiles } from './email-tiles.js';
import './email.css';

/** Deliveries, opens, clicks, bounces, unsubscribes and spam of the e-mails first sent in the range. */
export function EmailPage() {
  const scope = useReportScope();
  const { showPeople } = useAnalyticsScope();
  const report = useReport('email', scope);
  const shown = report.shown;
  const open = (cell: EmailCell, title: string) =>
    shown !== undefined &&
    showPeople(
      peopleRequest('email', shown.query, cell, {
        title,
        description: `E-mails first sent ${describeRange(shown.query.dateRange)}`,
      }),
    );
  const isEmpty = shown !== undefined && shown.result.total.sent === 0;
  return (
    <>
      {report.error !== undefined && <QueryError error={report.error} />}
      {shown !== undefined && !isEmpty && (
        <div className={report.isLoading ? 'kpi-grid-wrap is-updating' : 'kpi-grid-wrap'}>
          <EmailTiles total={shown.result.total} onOpen={open} />
        </div>
      )}
      <ReportPanel
        hasError={report.error !== undefined}
        title="Campaigns"
        actions={
          shown === undefined || isEmpty ? undefined : (
            <span className="muted small">{formatCountOf(shown.result.campaigns.length, 'campaign')}</span>
          )
        }
        isLoading={report.isLoading}
        hasResult={shown !== undefined}
        isEmpty={isEmpty}
        emptyTitle="No e-mails sent in this range"
        emptyText={
          <>
            E-mail numbers come from Email Spec events (<code>Email Delivered</code>,{' '}
            <code>Email Opened</code>, <code>Email Link Clicked</code>, <code>Email Bounced</code>,{' '}
            <code>Unsubscribed</code>, <code>Email Marked as Spam</code>) with an <code>email_id</code> and a{' '}
            <code>campaign_id</code>.
          </>
        }
        isFlush
        testId="email-result"
      >
        {shown !== undefined && (
          <>
            <EmailCampaignsTable
              campaigns={shown.result.campaigns}
              total={shown.result.total}
              onOpen={open}
            />
            <p className="report-note email-note">
              Counts are unique per recipient and e-mail, dated by the send. A click counts as an open;
              machine opens (privacy prefetches such as Apple Mail’s) are counted apart and left out of the
              open rate.
            </p>
          </>
        )}
      </ReportPanel>
    </>
  );
}
