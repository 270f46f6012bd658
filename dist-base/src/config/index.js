// Configuration: one schema, parsed once by the CLI. May import core/shared and zod.
export { loadConfig } from './load-config.js';
//# sourceMappingURL=index.js.map