import { clvQueryKind } from './clv/clv-query-kind.js';
import type { AnyQueryKind } from './query-kind.js';

/** Every analytics query the API offers, by the name in `POST /api/query/<name>`. */
export const QUERY_KINDS: Readonly<Record<string, AnyQueryKind>> = {
  clv: clvQueryKind,
};
