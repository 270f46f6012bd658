import { err, ok } from '../core/shared/index.js';
import { configSchema } from './config-schema.js';
/** Parses the environment once. The error names each bad variable and what it should be. */
export function loadConfig(env) {
    const relevant = Object.fromEntries(Object.entries(env).filter(([key, value]) => key.startsWith('WAYMARK_') && value !== undefined && value !== ''));
    const parsed = configSchema.safeParse(relevant);
    if (parsed.success)
        return ok(Object.freeze(parsed.data));
    const lines = parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        return `  ${name}=${JSON.stringify(relevant[name] ?? '')}: ${issue.message}`;
    });
    return err(`invalid configuration:\n${lines.join('\n')}`);
}
//# sourceMappingURL=load-config.js.map