import { Hono } from 'hono';
import { z } from 'zod';
import { parseOrThrow as parse, WaymarkError } from '../../../core/shared/index.js';
import { readJsonBody } from '../read-body.js';
const AUTH_BODY_BYTES = 16 * 1024;
const credentials = z.object({ email: z.string(), password: z.string() });
const loginBody = z.union([credentials, z.object({ token: z.string() })]);
/** Bearer authentication for `/api/*`: the admin token or a session token. */
export function requireCaller(accounts, { allowQueryToken = false } = {}) {
    return async (c, next) => {
        const header = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
        const token = header ?? (allowQueryToken ? c.req.query('token') : undefined);
        const caller = token === undefined ? undefined : await accounts.authenticate(token);
        if (!caller)
            throw new WaymarkError('E_UNAUTHORIZED', 'missing or wrong bearer token');
        c.set('caller', caller);
        await next();
    };
}
/** Sign-in for the web app (docs/api-internal.md). */
export function authRoutes(accounts) {
    const app = new Hono();
    app.get('/auth/status', async (c) => c.json({ hasUsers: await accounts.hasUsers() }));
    app.post('/auth/login', async (c) => {
        const body = parse(loginBody, await readJsonBody(c, AUTH_BODY_BYTES));
        if ('token' in body) {
            const caller = await accounts.authenticate(body.token);
            if (!caller)
                throw new WaymarkError('E_UNAUTHORIZED', 'the token is not valid');
            return c.json({ token: body.token, user: caller.kind === 'user' ? { email: caller.email } : null });
        }
        const session = await accounts.signIn(body.email, body.password);
        return c.json({ token: session.token, user: { email: session.email } });
    });
    app.use('/auth/users', requireCaller(accounts));
    app.post('/auth/users', async (c) => {
        const body = parse(credentials, await readJsonBody(c, AUTH_BODY_BYTES));
        return c.json({ user: await accounts.createUser(body.email, body.password) }, 201);
    });
    app.use('/me', requireCaller(accounts));
    app.get('/me', (c) => c.json(c.get('caller')));
    return app;
}
//# sourceMappingURL=auth-routes.js.map