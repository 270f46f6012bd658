import type { z } from 'zod';
import type { Instant } from '../shared/index.js';
import type { ActorEvents } from './actor-events.js';
import type { ActorMask } from './actor-mask.js';

/** What every analytics rule receives besides the table and the query. */
export interface RunOptions {
  /** The server's clock: decides which periods are complete. */
  readonly now: Instant;
  readonly mask?: ActorMask;
}

/**
 * One kind of analytics query as the API offers it: how to read its body, which property
 * columns it needs, how to compute it, and how to list the actors behind one of its cells.
 */
export interface QueryKind<Query, Result, Cell> {
  readonly schema: z.ZodType<Query>;
  readonly cellSchema: z.ZodType<Cell>;
  properties(query: Query): readonly string[];
  run(table: ActorEvents, query: Query, options: RunOptions): Result;
  actors(table: ActorEvents, query: Query, cell: Cell, options: RunOptions): readonly number[];
}

/** Builds a QueryKind with its types inferred from the parts. */
export function defineQueryKind<Query, Result, Cell>(
  kind: QueryKind<Query, Result, Cell>,
): QueryKind<Query, Result, Cell> {
  return kind;
}

// The registry stores kinds of different types side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyQueryKind = QueryKind<any, unknown, any>;
