import { parseOrThrow, WaymarkError, type ProfileId } from '../core/shared/index.js';
import { maskOfProfiles, type AnyQueryKind } from '../core/analytics/index.js';
import type { Profile } from '../core/profiles/index.js';
import type { AnalyticsSource, ProfileList, ProfileListStore } from '../ports/analytics-source.js';
import type { Clock } from '../ports/clock.js';
import type { IdGenerator } from '../ports/ids.js';
import type { ProfileStore } from '../ports/storage.js';

export interface AnalyticsQueriesOptions {
  readonly kinds: Readonly<Record<string, AnyQueryKind>>;
  readonly source: AnalyticsSource;
  readonly lists: ProfileListStore;
  readonly profiles: ProfileStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** The people behind one number of a report, one page at a time; optionally saved as a list. */
export interface ActorsPage {
  readonly total: number;
  readonly profiles: readonly Profile[];
  readonly list?: ProfileList;
}

function segmentIdOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const id = (body as { segmentId?: unknown }).segmentId;
  if (id === undefined || id === null) return undefined;
  if (typeof id !== 'string' || id === '')
    throw new WaymarkError('E_VALIDATION', 'segmentId: must be a list id', { field: 'segmentId' });
  return id;
}

/** Runs analytics queries (spec §3) and lists the actors behind their cells. */
export function createAnalyticsQueries({
  kinds,
  source,
  lists,
  profiles,
  clock,
  ids,
}: AnalyticsQueriesOptions) {
  const kindOf = (name: string): AnyQueryKind => {
    const kind = kinds[name];
    if (!kind)
      throw new WaymarkError('E_NOT_FOUND', `no query kind ${name}; known: ${Object.keys(kinds).join(', ')}`);
    return kind;
  };

  const prepare = async (kind: AnyQueryKind, body: unknown, prefix = '') => {
    const query: unknown = parseOrThrow(kind.schema, body, prefix);
    const segmentId = segmentIdOf(body);
    const members = segmentId === undefined ? undefined : await lists.listMembers(segmentId);
    if (segmentId !== undefined && !members) {
      throw new WaymarkError('E_VALIDATION', `segmentId: no list ${segmentId}`, {
        field: `${prefix ? `${prefix}.` : ''}segmentId`,
      });
    }
    const table = await source.actorEvents({ properties: kind.properties(query) });
    const options = { now: clock.now(), ...(members ? { mask: maskOfProfiles(table, members) } : {}) };
    return { query, table, options };
  };

  return {
    kindNames: (): string[] => Object.keys(kinds),

    async run(name: string, body: unknown): Promise<unknown> {
      const kind = kindOf(name);
      const { query, table, options } = await prepare(kind, body);
      return kind.run(table, query, options);
    },

    /** Body: `{ query, cell, limit?, offset?, saveAs? }`. */
    async actors(name: string, body: unknown): Promise<ActorsPage> {
      const kind = kindOf(name);
      const request = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      const { query, table, options } = await prepare(kind, request.query ?? {}, 'query');
      const cell: unknown = parseOrThrow(kind.cellSchema, request.cell ?? {}, 'cell');
      const paging = readPaging(request);
      const actors = kind.actors(table, query, cell, options);
      const ids_ = actors.map((actor) => table.actorIds[actor]!);
      const page = ids_.slice(paging.offset, paging.offset + paging.limit);
      const found = await Promise.all(page.map((id) => profiles.findProfile(id)));
      const list = paging.saveAs
        ? await lists.createList(
            { id: `lst_${ids.secret().slice(0, 12)}`, name: paging.saveAs, createdAt: clock.now() },
            ids_ as ProfileId[],
          )
        : undefined;
      return {
        total: actors.length,
        profiles: found.filter((p): p is Profile => p !== undefined),
        ...(list ? { list } : {}),
      };
    },
  };
}

function readPaging(request: Record<string, unknown>): { limit: number; offset: number; saveAs?: string } {
  const limit = request.limit ?? 100;
  const offset = request.offset ?? 0;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new WaymarkError('E_VALIDATION', 'limit: must be an integer from 1 to 1000', { field: 'limit' });
  }
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    throw new WaymarkError('E_VALIDATION', 'offset: must be a non-negative integer', { field: 'offset' });
  }
  const saveAs = request.saveAs;
  if (saveAs !== undefined && (typeof saveAs !== 'string' || saveAs.trim() === '' || saveAs.length > 200)) {
    throw new WaymarkError('E_VALIDATION', 'saveAs: must be a list name of 1 to 200 characters', {
      field: 'saveAs',
    });
  }
  return { limit, offset, ...(typeof saveAs === 'string' ? { saveAs: saveAs.trim() } : {}) };
}

export type AnalyticsQueries = ReturnType<typeof createAnalyticsQueries>;
