/** Zero components. */
export function emptySurveyComponents() {
    return {
        nps: { promoters: 0, passives: 0, detractors: 0 },
        csat: { veryUnsatisfied: 0, unsatisfied: 0, neutral: 0, satisfied: 0, verySatisfied: 0 },
        ces: { scoreSum: 0, respondents: 0 },
    };
}
const CSAT_KEYS = ['veryUnsatisfied', 'unsatisfied', 'neutral', 'satisfied', 'verySatisfied'];
/** Adds one valid response (see isValidScore) to `components`. */
export function addSurveyResponse(components, type, score) {
    switch (type) {
        case 'nps':
            if (score >= 9)
                components.nps.promoters++;
            else if (score >= 7)
                components.nps.passives++;
            else
                components.nps.detractors++;
            return;
        case 'csat':
            components.csat[CSAT_KEYS[score - 1]]++;
            return;
        case 'ces':
            components.ces.scoreSum += score;
            components.ces.respondents++;
            return;
    }
}
/** The NPS, CSAT or CES bucket a valid response falls in, as the component's name (CES: 'respondents'). */
export function surveyAnswerGroup(type, score) {
    if (type === 'nps')
        return score >= 9 ? 'promoters' : score >= 7 ? 'passives' : 'detractors';
    if (type === 'csat')
        return CSAT_KEYS[score - 1];
    return 'respondents';
}
/** Sum of two sets of components (e.g. two periods). */
export function mergeSurveyComponents(a, b) {
    const sum = emptySurveyComponents();
    for (const key of ['promoters', 'passives', 'detractors'])
        sum.nps[key] = a.nps[key] + b.nps[key];
    for (const key of CSAT_KEYS)
        sum.csat[key] = a.csat[key] + b.csat[key];
    sum.ces.scoreSum = a.ces.scoreSum + b.ces.scoreSum;
    sum.ces.respondents = a.ces.respondents + b.ces.respondents;
    return sum;
}
/** Reads components as metrics: NPS = 100 · (promoters − detractors) ÷ responses; CSAT = (4s + 5s) ÷ responses; CES = sum ÷ respondents. */
export function readSurveyMetrics(components) {
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
//# sourceMappingURL=survey-components.js.map