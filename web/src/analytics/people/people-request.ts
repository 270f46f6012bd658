import type { ActorsPage } from '../../api-client/analytics-cells.js';
import type { AnalyticsClient, AnalyticsKind, AnalyticsKinds } from '../../api-client/analytics-client.js';

/** What the people drawer shows: one number of one report, and how to page through its people. */
export interface PeopleRequest {
  /** Changes whenever the report, its query or the cell changes. */
  key: string;
  title: string;
  /** A line under the title, e.g. the report and date range. */
  description?: string;
  /** The number that was clicked, shown until the first page arrives. */
  expectedCount?: number;
  /** The name proposed when saving these people as a list. */
  listName: string;
  load(
    client: AnalyticsClient,
    page: { limit: number; offset: number; saveAs?: string },
  ): Promise<ActorsPage>;
}

export interface PeopleLabels {
  title: string;
  description?: string;
  expectedCount?: number;
  /** @default title */
  listName?: string;
}

/** The people behind `cell` of a `kind` report run with `query`. */
export function peopleRequest<K extends AnalyticsKind>(
  kind: K,
  query: AnalyticsKinds[K]['query'],
  cell: AnalyticsKinds[K]['cell'],
  labels: PeopleLabels,
): PeopleRequest {
  return {
    key: JSON.stringify([kind, query, cell]),
    title: labels.title,
    description: labels.description,
    expectedCount: labels.expectedCount,
    listName: labels.listName ?? labels.title,
    load: (client, page) => client.actors(kind, { query, cell, ...page }),
  };
}
