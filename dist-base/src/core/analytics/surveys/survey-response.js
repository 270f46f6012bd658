export const SURVEY_EVENT = 'Survey Responded';
export const SURVEY_TYPES = ['nps', 'csat', 'ces'];
const KIND_PATHS = ['survey_type', 'type'];
const NAME_PATHS = ['survey_id', 'survey_name'];
const SCORE_PATHS = ['score', 'rating', 'response'];
/** Property paths the reader looks at. */
export const SURVEY_PROPERTIES = [...KIND_PATHS, ...NAME_PATHS, ...SCORE_PATHS];
/** Codes per column string: 0 = none, 1 + index in SURVEY_TYPES otherwise. */
function kindCodes(column, isToken) {
    const codes = new Int8Array(column?.strings.length ?? 0);
    column?.strings.forEach((value, code) => {
        const text = value.trim().toLowerCase();
        const index = SURVEY_TYPES.findIndex((type) => isToken ? new RegExp(`(^|[^a-z])${type}([^a-z]|$)`).test(text) : text === type);
        codes[code] = index + 1;
    });
    return codes;
}
/** Builds a reader over the survey columns of `table` (columns not loaded read as absent). */
export function surveyReader(table) {
    const kinds = [
        ...KIND_PATHS.map((path) => ({ column: table.column(path), isToken: false })),
        ...NAME_PATHS.map((path) => ({ column: table.column(path), isToken: true })),
    ].map(({ column, isToken }) => ({ codes: column?.codes, types: kindCodes(column, isToken) }));
    const scores = SCORE_PATHS.map((path) => table.column(path)?.numbers);
    return {
        typeAt(row) {
            for (const { codes, types } of kinds) {
                const code = codes ? codes[row] : -1;
                if (code >= 0 && types[code] > 0)
                    return SURVEY_TYPES[types[code] - 1];
            }
            return undefined;
        },
        scoreAt(row) {
            for (const numbers of scores) {
                const score = numbers ? numbers[row] : Number.NaN;
                if (!Number.isNaN(score))
                    return score;
            }
            return Number.NaN;
        },
    };
}
/** True when `score` is a valid answer on the scale of `type`. */
export function isValidScore(type, score) {
    switch (type) {
        case 'nps':
            return Number.isInteger(score) && score >= 0 && score <= 10;
        case 'csat':
            return Number.isInteger(score) && score >= 1 && score <= 5;
        case 'ces':
            return score >= 1 && score <= 7;
    }
}
//# sourceMappingURL=survey-response.js.map