import { useMemo } from 'react';
import type { PathsQuery } from '../../api-client/analytics-queries.js';
import { useAnalyticsScope, useReportScope } from '../analytics-context.js';
import { dataText } from '../charts/data-text.js';
import { EChart } from '../charts/echart.js';
import { describeRange } from '../filters/date-range.js';
import { peopleRequest } from '../people/people-request.js';
import { QueryError } from '../report/query-error.js';
import { ReportPanel } from '../report/report-panel.js';
import { useReport } from '../report/use-report.js';
import { useStoredState } from '../report/use-stored-state.js';
import { itemLabel, parsePathNode } from './path-names.js';
import { pathsChartOption } from './paths-chart-option.js';
import { anchorFilter, DEFAULT_PATHS, PathsForm } from './paths-form.js';

/** The routes people take, as a sankey of step-to-step transitions. */
export function PathsPage() {
  const scope = useReportScope();
  const { showPeople } = useAnalyticsScope();
  const [form, setForm] = useStoredState('paths', DEFAULT_PATHS);
  const query = useMemo<PathsQuery | null>(() => {
    if (scope === null) return null;
    const filter = (text: string) => anchorFilter(text, form.item);
    const start = filter(form.start);
    const end = filter(form.end);
    return {
      ...scope,
      item: form.item,
      steps: form.steps,
      edgeLimit: form.edgeLimit,
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
    };
  }, [form, scope]);
  const report = useReport('paths', query);
  const shown = report.shown;
  const option = useMemo(() => (shown === undefined ? null : pathsChartOption(shown.result)), [shown]);
  const rows = new Set(shown?.result.edges.flatMap((edge) => [edge.from, edge.to])).size;
  return (
    <>
      <PathsForm form={form} onChange={setForm} />
      {report.error !== undefined && <QueryError error={report.error} />}
      <ReportPanel
        hasError={report.error !== undefined}
        title="Paths"
        actions={
          <span className="muted small">{shown?.result.edges.length ?? 0} most common transitions</span>
        }
        isLoading={report.isLoading}
        hasResult={option !== null}
        isEmpty={shown?.result.edges.length === 0}
        emptyTitle="No paths for these settings"
        testId="paths-result"
      >
        {option !== null && shown !== undefined && (
          <>
            <EChart
              option={option}
              height={Math.max(380, Math.min(900, rows * 26))}
              label="Paths between steps"
              testId="paths-chart"
              onClick={(event) => {
                const to = dataText(event, 'target') ?? dataText(event, 'name');
                if (to === undefined) return;
                const from = dataText(event, 'source');
                const title =
                  from === undefined
                    ? `Reached ${itemLabel(parsePathNode(to).item)}`
                    : `${itemLabel(parsePathNode(from).item)} → ${itemLabel(parsePathNode(to).item)}`;
                showPeople(
                  peopleRequest('paths', shown.query, from === undefined ? { to } : { from, to }, {
                    title,
                    description: `At step ${parsePathNode(to).step} · ${describeRange(shown.query.dateRange)}`,
                  }),
                );
              }}
            />
            <p className="report-note" data-testid="paths-note">
              Link widths count transitions, not people: someone who takes the same route in three sessions
              counts three times, so these numbers will not match a funnel’s. The drawer lists the distinct
              people.
            </p>
          </>
        )}
      </ReportPanel>
    </>
  );
}
