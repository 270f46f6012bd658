import type { AnalyticsClient } from '../../api-client/analytics-client.js';
import { useApiClient } from '../../app/auth-provider.js';
import { useResource } from '../../app/use-resource.js';
import { EARLIEST_HISTORY_MS } from './date-range.js';

let found: Promise<number> | null = null;

/**
 * Where "All time" starts: the first day with any event, found once per session by counting every
 * event per month since 2000, then per day in the first busy month (trends; lifecycle gives the
 * month only). Undefined while looking. Without either report on the server, 1 January 2000.
 */
export function useHistoryStart(isNeeded: boolean, kinds: string[] | undefined): number | undefined {
  const client = useApiClient();
  const canLook = isNeeded && kinds !== undefined;
  const start = useResource(`history-start:${canLook}`, () =>
    canLook ? (found ??= findHistoryStart(client.analytics, kinds)) : Promise.resolve(EARLIEST_HISTORY_MS),
  );
  if (!isNeeded) return EARLIEST_HISTORY_MS;
  if (start.error !== undefined) return EARLIEST_HISTORY_MS;
  return canLook && !start.isLoading ? start.data : undefined;
}

async function findHistoryStart(client: AnalyticsClient, kinds: string[]): Promise<number> {
  const dateRange = { from: new Date(EARLIEST_HISTORY_MS).toISOString(), to: new Date().toISOString() };
  try {
    if (kinds.includes('trends')) {
      const trends = await client.run('trends', {
        series: [{ event: null, math: 'total' }],
        interval: 'month',
        dateRange,
      });
      const month = trends.series[0]?.points.find((point) => point.value > 0);
      if (month === undefined) return EARLIEST_HISTORY_MS;
      // Then the first day inside that month.
      const from = Date.parse(month.start);
      const days = await client.run('trends', {
        series: [{ event: null, math: 'total' }],
        interval: 'day',
        dateRange: { from: month.start, to: new Date(from + 32 * 86_400_000).toISOString() },
      });
      const day = days.series[0]?.points.find((point) => point.value > 0);
      return Date.parse(day?.start ?? month.start);
    }
    if (kinds.includes('lifecycle')) {
      const lifecycle = await client.run('lifecycle', { event: { event: null }, period: 'month', dateRange });
      const first = lifecycle.periods.find((period) => period.new > 0 || period.returning > 0);
      return first === undefined ? EARLIEST_HISTORY_MS : Date.parse(first.start);
    }
  } catch {
    found = null; // try again next time "All time" is chosen
  }
  return EARLIEST_HISTORY_MS;
}
