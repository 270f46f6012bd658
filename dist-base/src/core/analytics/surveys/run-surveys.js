import { compileFilter } from '../event-filter.js';
import { toIso } from '../../shared/index.js';
import { createPeriodBucketer } from '../time/period-bucketer.js';
import { gridOfRange, gridPosition, gridStarts } from '../time/period-grid.js';
import { addSurveyResponse, emptySurveyComponents, readSurveyMetrics, surveyAnswerGroup, } from './survey-components.js';
import { isValidScore, surveyReader } from './survey-response.js';
/** Visits every valid response in range; returns the number of invalid ones. */
function scanResponses(table, query, options, grid, visit) {
    const matches = compileFilter({ event: query.event, where: query.where }, table);
    const reader = surveyReader(table);
    const breakdown = query.breakdown ? table.column(query.breakdown.property) : undefined;
    const { from, to } = query.dateRange;
    const response = { actor: 0, type: 'nps', score: 0, breakdown: null, period: -1 };
    let invalid = 0;
    for (let actor = 0; actor < table.actorCount; actor++) {
        if (options.mask && options.mask[actor] !== 1)
            continue;
        for (let row = table.actorStart[actor], end = table.actorStart[actor + 1]; row < end; row++) {
            const at = table.timestamps[row];
            if (at < from || at > to || !matches(row))
                continue;
            const type = reader.typeAt(row);
            const score = reader.scoreAt(row);
            if (type === undefined || !isValidScore(type, score)) {
                invalid++;
                continue;
            }
            const code = breakdown ? breakdown.codes[row] : -1;
            response.actor = actor;
            response.type = type;
            response.score = score;
            response.breakdown = code >= 0 ? breakdown.strings[code] : null;
            response.period = grid ? gridPosition(grid, at) : -1;
            visit(response);
        }
    }
    return invalid;
}
/** The calendar periods overlapping the range, when the query asks for a period breakdown. */
function gridOf(query) {
    if (!query.period)
        return undefined;
    const bucketer = createPeriodBucketer({
        period: query.period,
        timeZone: query.timezone,
        weekStart: query.weekStart,
    });
    return gridOfRange(bucketer, query.dateRange);
}
/** NPS, CSAT and CES of the responses in range, with the requested breakdowns. */
export function runSurveys(table, query, options) {
    const grid = gridOf(query);
    const total = emptySurveyComponents();
    const byValue = new Map();
    const byPeriod = Array.from({ length: grid?.count ?? 0 }, () => emptySurveyComponents());
    const invalidResponses = scanResponses(table, query, options, grid, (r) => {
        addSurveyResponse(total, r.type, r.score);
        if (query.breakdown) {
            let group = byValue.get(r.breakdown);
            if (!group)
                byValue.set(r.breakdown, (group = { components: emptySurveyComponents(), responses: 0 }));
            addSurveyResponse(group.components, r.type, r.score);
            group.responses++;
        }
        if (r.period >= 0)
            addSurveyResponse(byPeriod[r.period], r.type, r.score);
    });
    const breakdowns = [...byValue]
        .sort(([a, x], [b, y]) => y.responses - x.responses || String(a ?? '').localeCompare(String(b ?? '')))
        .map(([value, group]) => ({ value, ...readSurveyMetrics(group.components) }));
    return {
        ...readSurveyMetrics(total),
        invalidResponses,
        ...(query.breakdown ? { breakdowns } : {}),
        ...(grid
            ? {
                periods: gridStarts(grid).map((start, i) => ({
                    start: toIso(start),
                    ...readSurveyMetrics(byPeriod[i]),
                })),
            }
            : {}),
    };
}
/** Actor indices of the respondents behind one cell (see SurveyCell); ascending, each once. */
export function surveyActors(table, query, cell, options) {
    const actors = new Set();
    scanResponses(table, query, options, gridOf(query), (r) => {
        if (cell.type !== undefined && r.type !== cell.type)
            return;
        if (cell.answer !== undefined && surveyAnswerGroup(r.type, r.score) !== cell.answer)
            return;
        if (cell.breakdown !== undefined && r.breakdown !== cell.breakdown)
            return;
        if (cell.period !== undefined && r.period !== cell.period)
            return;
        actors.add(r.actor);
    });
    return [...actors].sort((a, b) => a - b);
}
//# sourceMappingURL=run-surveys.js.map