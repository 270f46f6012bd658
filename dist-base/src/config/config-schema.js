import { z } from 'zod';
const port = z.coerce.number().int().min(0).max(65_535);
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const url = z.string().url();
/** Every setting the server reads, from the environment; all optional (spec: Configuration). */
export const configSchema = z
    .object({
    WAYMARK_PORT: port.default(3000),
    WAYMARK_HOST: z.string().min(1).default('127.0.0.1'),
    WAYMARK_DATA_DIR: z.string().min(1).default('./data'),
    WAYMARK_WRITE_KEY: z.string().min(8, 'must be at least 8 characters').optional(),
    WAYMARK_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    WAYMARK_PUBLIC_URL: url.optional(),
    WAYMARK_SMTP_URL: url.optional(),
    WAYMARK_CLOCK: z.enum(['system', 'manual']).default('system'),
    WAYMARK_POSTGRES_URL: url.optional(),
    WAYMARK_CLICKHOUSE_URL: url.optional(),
    /** Trust the client address in `X-Forwarded-For` (only behind a proxy you run). */
    WAYMARK_TRUST_PROXY: booleanFlag.default(false),
    /** `full` fsyncs each commit; `normal` survives a process crash but not a power cut. */
    WAYMARK_SYNC: z.enum(['full', 'normal']).default('full'),
})
    .transform((env) => ({
    port: env.WAYMARK_PORT,
    host: env.WAYMARK_HOST,
    dataDir: env.WAYMARK_DATA_DIR,
    writeKey: env.WAYMARK_WRITE_KEY,
    adminToken: env.WAYMARK_ADMIN_TOKEN,
    publicUrl: env.WAYMARK_PUBLIC_URL,
    smtpUrl: env.WAYMARK_SMTP_URL,
    clock: env.WAYMARK_CLOCK,
    postgresUrl: env.WAYMARK_POSTGRES_URL,
    clickhouseUrl: env.WAYMARK_CLICKHOUSE_URL,
    trustProxy: env.WAYMARK_TRUST_PROXY,
    synchronous: env.WAYMARK_SYNC,
}));
//# sourceMappingURL=config-schema.js.map