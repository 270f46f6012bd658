// Survey metrics are stored as their components and turned into ratios only when read (reference
// §0 "NPS / CSAT / CES", TheyDo's import schema): components of two periods or touchpoints can be
// added, ratios cannot. NPS in points [−100, 100]; CSAT as a fraction [0, 1] like every other
// rate of the API; CES as the mean score on its 1–7 scale. A ratio without responses is null.
import type { SurveyType } from './survey-response.js';

/** Counts only: what may be stored and summed. */
export interface SurveyComponents {
  nps: { promoters: number; passives: number; detractors: number };
  /** The 5-point CSAT distribution, 1 = very unsatisfied … 5 = very satisfied (TheyDo's names). */
  csat: {
    veryUnsatisfied: number;
    unsatisfied: number;
    neutral: number;
    satisfied: number;
    verySatisfied: number;
  };
  ces: { scoreSum: number; respondents: number };
}

/** Components plus the ratios computed from them. */
export interface SurveyMetrics {
  readonly nps: SurveyComponents['nps'] & { readonly responses: number; readonly score: number | null };
  readonly csat: SurveyComponents['csat'] & { readonly responses: number; readonly score: number | null };
  readonly ces: SurveyComponents['ces'] & { readonly score: number | null };
}

/** Zero components. */
export function emptySurveyComponents(): SurveyComponents {
  return {
    nps: { promoters: 0, passives: 0, detractors: 0 },
    csat: { veryUnsatisfied: 0, unsatisfied: 0, neutral: 0, satisfied: 0, verySatisfied: 0 },
    ces: { scoreSum: 0, respondents: 0 },
  };
}

const CSAT_KEYS = ['veryUnsatisfied', 'unsatisfied', 'neutral', 'satisfied', 'verySatisfied'] as const;

/** Adds one valid response (see isValidScore) to `components`. */
export function addSurveyResponse(components: SurveyComponents, type: SurveyType, score: number): void {
  switch (type) {
    case 'nps':
      if (score >= 9) components.nps.promoters++;
      else if (score >= 7) components.nps.passives++;
      else components.nps.detractors++;
      return;
    case 'csat':
      components.csat[CSAT_KEYS[score - 1]!]++;
      return;
    case 'ces':
      components.ces.scoreSum += score;
      components.ces.respondents++;
      return;
  }
}

/** The NPS, CSAT or CES bucket a valid response falls in, as the component's name (CES: 'respondents'). */
export function surveyAnswerGroup(type: SurveyType, score: number): string {
  if (type === 'nps') return score >= 9 ? 'promoters' : score >= 7 ? 'passives' : 'detractors';
  if (type === 'csat') return CSAT_KEYS[score - 1]!;
  return 'respondents';
}

/** Sum of two sets of components (e.g. two periods). */
export function mergeSurveyComponents(a: SurveyComponents, b: SurveyComponents): SurveyComponents {
  const sum = emptySurveyComponents();
  for (const key of ['promoters', 'passives', 'detractors'] as const) sum.nps[key] = a.nps[key] + b.nps[key];
  for (const key of CSAT_KEYS) sum.csat[key] = a.csat[key] + b.csat[key];
  sum.ces.scoreSum = a.ces.scoreSum + b.ces.scoreSum;
  sum.ces.respondents = a.ces.respondents + b.ces.respondents;
  return sum;
}

/** Reads components as metrics: NPS = 100 · (promoters − detractors) ÷ responses; CSAT = (4s + 5s) ÷ responses; CES = sum ÷ respondents. */
export function readSurveyMetrics(components: SurveyComponents): SurveyMetrics {
  const { nps, csat, ces } = components;
  const npsResponses = nps.promoters + nps.passives + nps.detractors;
  const csatResponses = CSAT_KEYS.reduce((sum, key) => sum + csat[key], 0);
  return {
    nps: {
      ...nps,
      responses: npsResponses,
      score: npsResponses === 0 ? null : (100 * (nps.promoters - nps.detractors)) / npsResponses,
    },
    csat: {
      ...csat,
      responses: csatResponses,
      score: csatResponses === 0 ? null : (csat.satisfied + csat.verySatisfied) / csatResponses,
    },
    ces: { ...ces, score: ces.respondents === 0 ? null : ces.scoreSum / ces.respondents },
  };
}
