import { describe, expect, it } from 'vitest';
import { retentionQuerySchema } from './retention-query.js';

const valid = {
  startEvent: { event: 'Order Completed' },
  returnEvent: { event: 'Order Completed' },
  dateRange: { from: '2024-01-01T00:00:00Z', to: '2024-02-01T00:00:00Z' },
};

/** Paths of the issues a body fails with. */
const issuePaths = (body: unknown) =>
  retentionQuerySchema.safeParse(body).error?.issues.map((issue) => issue.path);

describe('retentionQuerySchema', () => {
  it('fills the defaults', () => {
    expect(retentionQuerySchema.parse(valid)).toMatchObject({
      period: 'week',
      periods: 8,
      cohortMode: 'first_time',
      criterion: 'on',
      timeBasis: 'calendar',
      timezone: 'UTC',
      weekStart: 'monday',
      dateRange: { from: Date.parse('2024-01-01T00:00:00Z'), to: Date.parse('2024-02-01T00:00:00Z') },
    });
  });

  it('names the field at fault', () => {
    expect(issuePaths({ ...valid, periods: 0 })).toEqual([['periods']]);
    expect(issuePaths({ ...valid, periods: 101 })).toEqual([['periods']]);
    expect(issuePaths({ ...valid, period: 'fortnight' })).toEqual([['period']]);
    expect(issuePaths({ ...valid, timezone: 'Mars/Olympus' })).toEqual([['timezone']]);
    expect(issuePaths({ ...valid, dateRange: { from: 'yesterday', to: valid.dateRange.to } })).toEqual([
      ['dateRange', 'from'],
    ]);
    expect(issuePaths({ ...valid, cohortMode: 'sometimes' })).toEqual([['cohortMode']]);
    expect(issuePaths({ ...valid, startEvent: { event: '' } })).toEqual([['startEvent', 'event']]);
  });

  it('rejects a range with more periods than a response may hold', () => {
    const decade = { from: '2010-01-01T00:00:00Z', to: '2020-01-01T00:00:00Z' };
    expect(issuePaths({ ...valid, period: 'hour', dateRange: decade })).toEqual([['dateRange']]);
    expect(issuePaths({ ...valid, period: 'week', dateRange: decade })).toBeUndefined();
  });
});
