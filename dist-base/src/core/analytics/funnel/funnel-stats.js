// Turns per-actor funnel results into the response's step rows: counts per step, overall and
// step-to-step conversion, and time to convert (mean, median, p90) from each actor's winning chain.
// Quantiles (quantiles.ts) are found by selection rather than a full sort: a step may have
// millions of samples.
import { quantileInPlace } from '../quantiles.js';
/** Counts and conversion times of one series (the whole funnel, or one breakdown value). */
export class StepAggregate {
    stepCount;
    /** `ended[k]` = actors whose furthest step is exactly k. */
    ended;
    /** Conversion times into step k (k ≥ 1), in ms. */
    times;
    constructor(stepCount) {
        this.stepCount = stepCount;
        this.ended = new Float64Array(stepCount);
        this.times = Array.from({ length: stepCount }, () => new GrowableSamples());
    }
    /** Adds one actor: furthest step `maxStep` reached through the events `chain[0 … maxStep]`. */
    add(maxStep, chain, timestamps) {
        this.ended[maxStep] += 1;
        let previous = timestamps[chain[0]];
        for (let k = 1; k <= maxStep; k++) {
            const at = timestamps[chain[k]];
            this.times[k].push(at - previous);
            previous = at;
        }
    }
    /** Actors whose furthest step is at least 0 (everyone who entered). */
    entered() {
        let total = 0;
        for (const n of this.ended)
            total += n;
        return total;
    }
    /** Count of actors at step ≥ k, for every k. */
    counts() {
        const counts = new Float64Array(this.stepCount);
        let running = 0;
        for (let k = this.stepCount - 1; k >= 0; k--)
            counts[k] = running += this.ended[k];
        return counts;
    }
    /** The response rows; `names[k]` labels step k. Reorders the stored samples. */
    steps(names) {
        const counts = this.counts();
        const first = counts[0];
        return names.map((name, k) => {
            const count = counts[k];
            const previous = k === 0 ? first : counts[k - 1];
            return {
                name,
                count,
                overallConversion: first > 0 ? count / first : 0,
                stepConversion: previous > 0 ? count / previous : 0,
                timeToConvertMs: k === 0 ? NO_TIMES : summarize(this.times[k]),
            };
        });
    }
}
const NO_TIMES = { mean: null, median: null, p90: null };
function summarize(samples) {
    const n = samples.length;
    if (n === 0)
        return NO_TIMES;
    const values = samples.values();
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += values[i];
    return { mean: sum / n, median: quantileInPlace(values, 0.5), p90: quantileInPlace(values, 0.9) };
}
/** A Float64Array that grows by doubling. */
class GrowableSamples {
    buffer = new Float64Array(16);
    length = 0;
    push(value) {
        if (this.length === this.buffer.length) {
            const grown = new Float64Array(this.buffer.length * 2);
            grown.set(this.buffer);
            this.buffer = grown;
        }
        this.buffer[this.length++] = value;
    }
    values() {
        return this.buffer.subarray(0, this.length);
    }
}
//# sourceMappingURL=funnel-stats.js.map