const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Relative traffic by hour of day (UTC): quiet at night, busiest in the evening. */
const HOUR_OF_DAY = [
    0.3, 0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0, 1.0, 0.95, 0.95, 1.0, 1.05, 1.15, 1.3,
    1.4, 1.3, 1.0, 0.6,
];
/** Traffic weight of the hour starting at `at`: time of day, weekends a little busier, a shop that grows. */
function hourWeight(at, progress) {
    const hourOfDay = Math.floor(at / HOUR_MS) % 24;
    // Day 0 of the epoch (1970-01-01) was a Thursday: weekday 0 is Sunday.
    const weekday = (Math.floor(at / DAY_MS) + 4) % 7;
    const weekend = weekday === 0 || weekday === 6 ? 1.15 : 1;
    return (HOUR_OF_DAY[hourOfDay] ?? 1) * weekend * (1 + 0.5 * progress);
}
/**
 * First-visit times of `count` people over [start, end), in increasing order. Stratified: the i-th
 * person arrives at the (i + u)/count quantile of the traffic curve, so arrivals follow it closely.
 */
export function* arrivalTimes(random, start, end, count) {
    const hours = Math.ceil((end - start) / HOUR_MS);
    const cumulative = new Float64Array(hours + 1);
    for (let h = 0; h < hours; h++)
        cumulative[h + 1] = cumulative[h] + hourWeight(start + h * HOUR_MS, h / hours);
    const total = cumulative[hours];
    let hour = 0;
    for (let i = 0; i < count; i++) {
        const target = ((i + random.next()) / count) * total;
        while (hour < hours - 1 && cumulative[hour + 1] <= target)
            hour++;
        const fraction = (target - cumulative[hour]) / (cumulative[hour + 1] - cumulative[hour]);
        yield Math.min(end - 1, Math.floor(start + (hour + fraction) * HOUR_MS));
    }
}
//# sourceMappingURL=arrival-times.js.map