// The answer groups of the survey report: names, scores and colours of NPS groups and CSAT levels.
import type { SurveyAnswer } from '../../api-client/analytics-cells.js';
import type { SurveyMetrics } from '../../api-client/analytics-insight-results.js';
import type { DateRangeInput } from '../../api-client/analytics-queries.js';
import { NO_VALUE } from '../format/format-number.js';

export interface AnswerGroup<K extends SurveyAnswer> {
  answer: K;
  label: string;
  /** The scores in the group, e.g. "9–10". */
  scores: string;
  color: string;
}

/** Promoters first: the stacked bar reads from good to bad. */
export const NPS_GROUPS: ReadonlyArray<AnswerGroup<'promoters' | 'passives' | 'detractors'>> = [
  { answer: 'promoters', label: 'Promoters', scores: '9–10', color: '#12b76a' },
  { answer: 'passives', label: 'Passives', scores: '7–8', color: '#c4c9d4' },
  { answer: 'detractors', label: 'Detractors', scores: '0–6', color: '#f04438' },
];

export type CsatLevel = 'veryUnsatisfied' | 'unsatisfied' | 'neutral' | 'satisfied' | 'verySatisfied';

/** From 1 to 5; the last two make the top-2-box. */
export const CSAT_LEVELS: ReadonlyArray<AnswerGroup<CsatLevel>> = [
  { answer: 'veryUnsatisfied', label: 'Very unsatisfied', scores: '1', color: '#f04438' },
  { answer: 'unsatisfied', label: 'Unsatisfied', scores: '2', color: '#fd853a' },
  { answer: 'neutral', label: 'Neutral', scores: '3', color: '#c4c9d4' },
  { answer: 'satisfied', label: 'Satisfied', scores: '4', color: '#6ce9a6' },
  { answer: 'verySatisfied', label: 'Very satisfied', scores: '5', color: '#12b76a' },
];

export const SURVEY_LABELS = { nps: 'NPS', csat: 'CSAT', ces: 'CES' } as const;

/** Every answer counted in a result, across the three kinds. */
export function answerCount(metrics: SurveyMetrics): number {
  return metrics.nps.responses + metrics.csat.responses + metrics.ces.respondents;
}

const minus = '\u2212';

/** An NPS in points with its sign: "+33", "−12", "0". */
export function formatNps(score: number | null | undefined): string {
  if (typeof score !== 'number' || !Number.isFinite(score)) return NO_VALUE;
  const points = Math.round(score);
  if (points === 0) return '0';
  return points > 0 ? `+${points}` : `${minus}${-points}`;
}

const DAY_MS = 86_400_000;

/** Answers are sparse: days up to two weeks, weeks up to half a year, then months. */
export function surveyPeriod(range: DateRangeInput): 'day' | 'week' | 'month' {
  const days = (Date.parse(range.to) - Date.parse(range.from)) / DAY_MS;
  if (days <= 14) return 'day';
  return days <= 184 ? 'week' : 'month';
}
