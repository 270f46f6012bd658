// The surveys query as a QueryKind, for the registry of `POST /api/query/<name>`.
import { defineQueryKind } from '../query-kind.js';
import { surveyCellSchema, surveyProperties, surveyQuerySchema } from './survey-query.js';
import { surveyActors, runSurveys } from './run-surveys.js';
/** `POST /api/query/surveys` and its click-through. */
export const surveyQueryKind = defineQueryKind({
    schema: surveyQuerySchema,
    cellSchema: surveyCellSchema,
    properties: surveyProperties,
    run: runSurveys,
    actors: surveyActors,
});
//# sourceMappingURL=survey-query-kind.js.map