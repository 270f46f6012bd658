// Fitting a large customer base in two stages: a rough fit on a small systematic sample, then a
// short polish on everyone starting from it. Same optimum, about half the full-data evaluations.
import { nelderMead } from '../../numeric/index.js';
/** Customers in the sample of the first stage (when there are at least four times as many). */
export const PILOT_CUSTOMERS = 2500;
// Log-parameters to 1e-6 (a relative error of 1e-6 in each parameter) and the mean
// log-likelihood to 1e-10: far past the three significant figures anyone reads.
const TOLERANCES = { xTolerance: 1e-6, fTolerance: 1e-10 };
// The pilot only has to land near the optimum: its sampling error is larger than this anyway.
const PILOT_TOLERANCES = { xTolerance: 1e-4, fTolerance: 1e-8, restarts: 0 };
// A polish simplex this wide (×1.1 in each parameter) spans the pilot's sampling error.
const POLISH_STEP = 0.1;
/**
 * Minimises `objective` (mean negative log-likelihood over log-parameters) from `start`. With a
 * `pilot` objective (the same likelihood on a sample), it first minimises that loosely and then
 * polishes on the full objective with a fresh, small simplex — which also plays the role of the
 * restart a single Nelder–Mead run would need.
 */
export function minimizeWithWarmStart(objective, start, pilot) {
    if (!pilot)
        return nelderMead(objective, start, TOLERANCES);
    const rough = nelderMead(pilot, start, PILOT_TOLERANCES);
    const polished = nelderMead(objective, rough.x, { ...TOLERANCES, initialStep: POLISH_STEP, restarts: 0 });
    return { ...polished, evaluations: polished.evaluations + rough.evaluations };
}
//# sourceMappingURL=warm-start.js.map