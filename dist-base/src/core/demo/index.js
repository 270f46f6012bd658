// Demo store: a deterministic generator of a realistic online store's event stream.
// May import core/shared and core/events.
export { generateStore } from './generate-store.js';
export { summarizeStore } from './store-summary.js';
export { SeededRandom, weightedTable } from './seeded-random.js';
export { DEMO_CATALOG, DEMO_SHOP } from './demo-catalog.js';
//# sourceMappingURL=index.js.map