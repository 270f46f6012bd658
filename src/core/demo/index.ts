// Demo store: a deterministic generator of a realistic online store's event stream.
// May import core/shared and core/events.
export { generateStore } from './generate-store.js';
export type { GenerateStoreOptions } from './generate-store.js';
export type { SegmentCall, SegmentCallType } from './segment-call.js';
export { summarizeStore } from './store-summary.js';
export type { StoreSummary } from './store-summary.js';
export { SeededRandom, weightedTable } from './seeded-random.js';
export type { WeightedTable } from './seeded-random.js';
export { DEMO_CATALOG, DEMO_SHOP } from './demo-catalog.js';
export type { DemoProduct } from './demo-catalog.js';
