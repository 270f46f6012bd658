// Numerics: special functions, an optimiser and small statistics, written here because core may
// import no package but zod (docs/decisions/0007-numerics-for-clv.md). Pure; imports nothing.
export { logGamma } from './log-gamma.js';
export { hyp2f1, logHyp2f1 } from './hypergeometric.js';
export { nelderMead } from './nelder-mead.js';
export { pearsonCorrelation } from './pearson-correlation.js';
//# sourceMappingURL=index.js.map