import type { Config } from '../../config/index.js';

/** Placeholder replaced by the demo generator (being written now). */
export async function demo(_config: Config, _args: readonly string[]): Promise<void> {
  throw new Error('demo: not built yet');
}
