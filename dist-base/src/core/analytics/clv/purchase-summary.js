import { localDayOf } from './local-day.js';
/**
 * Summarises each customer's orders like lifetimes with `freq='D'` (and `freq_multiplier=7`
 * for weeks). Purchase periods are calendar days in `timezone`; several orders on one day are
 * one period whose value is their sum, and the first day is left out of m̄ (Fader & Hardie
 * average repeat transactions only). An order without a numeric revenue counts as a purchase
 * worth 0, as pandas' sum treats a missing value. One deliberate difference: lifetimes keeps
 * every order of the observation end's day, we keep only those at or before the instant, so a
 * report "as of" a moment never sees an order from after it.
 */
export function summarizePurchases(table, options) {
    const orderCode = table.eventKeys.indexOf(options.orderEvent);
    const revenue = table.column(options.revenueProperty)?.numbers;
    const dayOf = localDayOf(options.timezone);
    const endDay = dayOf(options.observationEnd);
    const unitsPerDay = options.timeUnit === 'week' ? 1 / 7 : 1;
    const { actorStart, events, timestamps, actorCount } = table;
    const capacity = orderCode < 0 ? 0 : actorCount;
    const actors = new Int32Array(capacity);
    const frequency = new Float64Array(capacity);
    const recency = new Float64Array(capacity);
    const age = new Float64Array(capacity);
    const monetary = new Float64Array(capacity);
    let size = 0;
    for (let actor = 0; actor < capacity; actor++) {
        if (options.mask && options.mask[actor] !== 1)
            continue;
        let periods = 0;
        let firstDay = 0;
        let lastDay = 0;
        let repeatValue = 0;
        const end = actorStart[actor + 1];
        for (let row = actorStart[actor]; row < end; row++) {
            if (events[row] !== orderCode)
                continue;
            const at = timestamps[row];
            if (at > options.observationEnd)
                break; // rows are in time order
            const day = dayOf(at);
            const value = revenue === undefined ? 0 : revenue[row];
            if (periods === 0) {
                firstDay = lastDay = day;
                periods = 1;
                continue;
            }
            // A later day opens a new period. (A day number can only go back when a zone moves its
            // clocks back across midnight; that order joins the current period.)
            if (day > lastDay) {
                periods++;
                lastDay = day;
            }
            if (periods > 1 && !Number.isNaN(value))
                repeatValue += value;
        }
        if (periods === 0)
            continue;
        actors[size] = actor;
        frequency[size] = periods - 1;
        recency[size] = (lastDay - firstDay) * unitsPerDay;
        age[size] = (endDay - firstDay) * unitsPerDay;
        monetary[size] = periods > 1 ? repeatValue / (periods - 1) : 0;
        size++;
    }
    return {
        size,
        actors: actors.subarray(0, size),
        frequency: frequency.subarray(0, size),
        recency: recency.subarray(0, size),
        age: age.subarray(0, size),
        monetary: monetary.subarray(0, size),
    };
}
//# sourceMappingURL=purchase-summary.js.map