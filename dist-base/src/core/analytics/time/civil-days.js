// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), without Date
// objects, so month bucketing stays a few integer operations per timestamp. Algorithms after
// Howard Hinnant's "chrono-compatible low-level date algorithms".
/** Day number (days since 1970-01-01) of a calendar date; `month` is 1–12. */
export function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
}
/** Month number (months since January 1970, so 0 = 1970-01) of a day number. */
export function monthOfDay(days) {
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra -
        Math.floor(dayOfEra / 1460) +
        Math.floor(dayOfEra / 36_524) -
        Math.floor(dayOfEra / 146_096)) /
        365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March … 11 = February
    const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return (year - 1970) * 12 + month - 1;
}
/** Day number of the first day of a month number (inverse of `monthOfDay` on month starts). */
export function firstDayOfMonth(monthNumber) {
    const year = 1970 + Math.floor(monthNumber / 12);
    const month = monthNumber - Math.floor(monthNumber / 12) * 12 + 1;
    return daysFromCivil(year, month, 1);
}
//# sourceMappingURL=civil-days.js.map