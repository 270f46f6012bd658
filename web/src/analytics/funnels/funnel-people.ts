import type { FunnelQuery } from '../../api-client/analytics-queries.js';
import type { FunnelResult } from '../../api-client/analytics-results.js';
import { describeRange } from '../filters/date-range.js';
import { peopleRequest, type PeopleRequest } from '../people/people-request.js';

export interface FunnelPick {
  /** 0-based step. */
  step: number;
  /** The people who reached the step before but not this one. */
  isDropped?: boolean;
  /** A breakdown value (null = without the property); absent = everyone. */
  breakdown?: string | null;
}

/** The people behind one number of a funnel, with words for the drawer. */
export function funnelPeople(
  query: FunnelQuery,
  result: FunnelResult,
  pick: FunnelPick,
): PeopleRequest | null {
  const series =
    pick.breakdown === undefined
      ? result.steps
      : result.breakdowns.find((b) => b.value === pick.breakdown)?.steps;
  const step = series?.[pick.step];
  if (step === undefined || (pick.isDropped === true && pick.step === 0)) return null;
  const previous = series?.[pick.step - 1];
  const isDropped = pick.isDropped === true;
  const value = pick.breakdown === undefined ? '' : `${pick.breakdown ?? '(none)'} · `;
  const title = isDropped ? `${value}Dropped off before “${step.name}”` : `${value}Reached “${step.name}”`;
  const what = isDropped
    ? `Did ${previous?.name ?? 'the step before'}, not ${step.name}`
    : `Step ${pick.step + 1} of ${result.steps.length}`;
  return peopleRequest(
    'funnel',
    query,
    {
      step: pick.step,
      ...(isDropped ? { dropped: true } : {}),
      ...(pick.breakdown === undefined ? {} : { breakdown: pick.breakdown }),
    },
    {
      title,
      description: `${what} · ${describeRange(query.dateRange)}`,
      expectedCount: isDropped ? (previous?.count ?? 0) - step.count : step.count,
      listName: isDropped ? `Dropped before ${step.name}` : `Reached ${step.name}`,
    },
  );
}
