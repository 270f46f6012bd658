import { Link } from '../app/link.js';
import { REPORTS, reportPath, type ReportDefinition } from './analytics-reports.js';

export interface AnalyticsTabsProps {
  current: ReportDefinition;
  /** Kinds the server offers; a tab whose kind is missing is marked "Soon". */
  kinds: string[] | undefined;
}

/** The section's sub-navigation: one tab per report. */
export function AnalyticsTabs({ current, kinds }: AnalyticsTabsProps) {
  return (
    <nav className="report-tabs" aria-label="Reports">
      {REPORTS.map((report) => {
        const isCurrent = report.slug === current.slug;
        const isMissing = kinds !== undefined && !kinds.includes(report.kind);
        return (
          <Link
            key={report.slug}
            to={reportPath(report.slug)}
            className={isCurrent ? 'report-tab is-active' : 'report-tab'}
            aria-current={isCurrent ? 'page' : undefined}
            data-testid={`report-tab-${report.slug}`}
          >
            {report.label}
            {isMissing && <span className="report-tab__tag">Soon</span>}
          </Link>
        );
      })}
    </nav>
  );
}
