import type { ReactNode } from 'react';
import { Card } from '../../ui/card.js';
import { EmptyState } from '../../ui/empty-state.js';
import { ChartIcon } from '../../ui/icons.js';
import { Spinner } from '../../ui/spinner.js';

export interface ReportPanelProps {
  title: ReactNode;
  actions?: ReactNode;
  isLoading: boolean;
  /** Nothing to show yet (first load, or the form is incomplete). */
  hasResult: boolean;
  /** The answer came back with nothing in it. */
  isEmpty?: boolean;
  /** The last run failed (its message is shown by the form): without a result, draw nothing. */
  hasError?: boolean;
  emptyTitle?: string;
  emptyText?: ReactNode;
  isFlush?: boolean;
  testId?: string;
  children?: ReactNode;
}

/** The card a report draws in: a spinner first, a dimmed chart while it updates, an empty state. */
export function ReportPanel({
  title,
  actions,
  isLoading,
  hasResult,
  isEmpty = false,
  hasError = false,
  emptyTitle = 'No data for these settings',
  emptyText = 'Try a longer date range, other events, or everyone instead of a segment.',
  isFlush = false,
  testId,
  children,
}: ReportPanelProps) {
  if (hasError && !hasResult) return null;
  const status = isLoading ? (
    <span className="report-status" role="status">
      Updating…
    </span>
  ) : null;
  return (
    <Card
      title={title}
      actions={
        status === null && actions === undefined ? undefined : (
          <div className="report-actions">
            {status}
            {actions}
          </div>
        )
      }
      isFlush={isFlush}
      className={isLoading && hasResult ? 'report-panel is-updating' : 'report-panel'}
      testId={testId}
    >
      {!hasResult && isLoading && <Spinner label="Running the report…" />}
      {!hasResult && !isLoading && <EmptyState icon={<ChartIcon />} title="Choose what to measure" />}
      {hasResult && isEmpty && (
        <EmptyState
          icon={<ChartIcon />}
          title={emptyTitle}
          testId={testId === undefined ? undefined : `${testId}-empty`}
        >
          {emptyText}
        </EmptyState>
      )}
      {hasResult && !isEmpty && children}
    </Card>
  );
}
