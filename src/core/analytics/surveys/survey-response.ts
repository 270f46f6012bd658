// Reading survey answers from `Survey Responded` events. Accepted shapes (first match wins):
// - kind: `survey_type`, else `type` — "nps", "csat" or "ces" in any case; else a `survey_id` or
//   `survey_name` containing one of those words as a token ("nps_post_purchase", "Checkout CES");
// - score: `score`, else `rating`, else `response` — a number or a numeric string;
// - valid scores: NPS an integer 0–10, CSAT an integer 1–5, CES a number 1–7 (reference A7).
// Anything else is an invalid response: counted apart, never in a metric.
import type { ActorEvents, PropertyColumn } from '../actor-events.js';

export const SURVEY_EVENT = 'Survey Responded';
export const SURVEY_TYPES = ['nps', 'csat', 'ces'] as const;
export type SurveyType = (typeof SURVEY_TYPES)[number];

const KIND_PATHS = ['survey_type', 'type'] as const;
const NAME_PATHS = ['survey_id', 'survey_name'] as const;
const SCORE_PATHS = ['score', 'rating', 'response'] as const;

/** Property paths the reader looks at. */
export const SURVEY_PROPERTIES: readonly string[] = [...KIND_PATHS, ...NAME_PATHS, ...SCORE_PATHS];

/** Reads the kind and score of survey rows. */
export interface SurveyReader {
  /** The survey kind of `row`, or undefined when no accepted property names one. */
  typeAt(row: number): SurveyType | undefined;
  /** The score of `row`, NaN when absent. */
  scoreAt(row: number): number;
}

/** Codes per column string: 0 = none, 1 + index in SURVEY_TYPES otherwise. */
function kindCodes(column: PropertyColumn | undefined, isToken: boolean): Int8Array {
  const codes = new Int8Array(column?.strings.length ?? 0);
  column?.strings.forEach((value, code) => {
    const text = value.trim().toLowerCase();
    const index = SURVEY_TYPES.findIndex((type) =>
      isToken ? new RegExp(`(^|[^a-z])${type}([^a-z]|$)`).test(text) : text === type,
    );
    codes[code] = index + 1;
  });
  return codes;
}

/** Builds a reader over the survey columns of `table` (columns not loaded read as absent). */
export function surveyReader(table: ActorEvents): SurveyReader {
  const kinds = [
    ...KIND_PATHS.map((path) => ({ column: table.column(path), isToken: false })),
    ...NAME_PATHS.map((path) => ({ column: table.column(path), isToken: true })),
  ].map(({ column, isToken }) => ({ codes: column?.codes, types: kindCodes(column, isToken) }));
  const scores = SCORE_PATHS.map((path) => table.column(path)?.numbers);
  return {
    typeAt(row) {
      for (const { codes, types } of kinds) {
        const code = codes ? codes[row]! : -1;
        if (code >= 0 && types[code]! > 0) return SURVEY_TYPES[types[code]! - 1];
      }
      return undefined;
    },
    scoreAt(row) {
      for (const numbers of scores) {
        const score = numbers ? numbers[row]! : Number.NaN;
        if (!Number.isNaN(score)) return score;
      }
      return Number.NaN;
    },
  };
}

/** True when `score` is a valid answer on the scale of `type`. */
export function isValidScore(type: SurveyType, score: number): boolean {
  switch (type) {
    case 'nps':
      return Number.isInteger(score) && score >= 0 && score <= 10;
    case 'csat':
      return Number.isInteger(score) && score >= 1 && score <= 5;
    case 'ces':
      return score >= 1 && score <= 7;
  }
}
