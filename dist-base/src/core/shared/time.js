const UNIT_MS = {
    second: 1_000,
    minute: 60_000,
    hour: 3_600_000,
    day: 86_400_000,
    week: 604_800_000,
    // A month is taken as 30 days wherever a fixed length is needed (windows, horizons).
    month: 2_592_000_000,
};
/** Converts a wire duration to milliseconds. */
export function durationToMs(duration) {
    return duration.value * UNIT_MS[duration.unit];
}
/** Formats an instant as ISO-8601 with milliseconds and `Z`. */
export function toIso(at) {
    return new Date(at).toISOString();
}
// Only strings with an explicit zone (Z or ±hh:mm) or a plain date are accepted: a local time
// without a zone would be read in the server's zone and silently shift events.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/i;
/** Parses an ISO-8601 string into an instant, or undefined when it is not a valid time. */
export function parseInstant(value) {
    if (typeof value !== 'string' || !ISO_WITH_ZONE.test(value))
        return undefined;
    const at = Date.parse(value);
    return Number.isFinite(at) && isRealDate(value) ? at : undefined;
}
/** Date.parse rolls 2020-02-30 over to March 1; a date that does not exist is an error instead. */
function isRealDate(value) {
    const year = Number(value.slice(0, 4));
    const month = Number(value.slice(5, 7));
    const day = Number(value.slice(8, 10));
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}
//# sourceMappingURL=time.js.map