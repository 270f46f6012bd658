import { Hono } from 'hono';
import { readJsonBody } from '../read-body.js';
import { profileView } from '../views.js';
const QUERY_BODY_BYTES = 256 * 1024;
/** Analytics queries (spec §3), the people behind each number, and the lists saved from them. */
export function queryRoutes(queries, lists) {
    const app = new Hono();
    app.get('/query', (c) => c.json({ kinds: queries.kindNames() }));
    app.post('/query/:kind', async (c) => {
        const body = await readJsonBody(c, QUERY_BODY_BYTES);
        return c.json(await queries.run(c.req.param('kind'), body));
    });
    app.post('/query/:kind/actors', async (c) => {
        const body = await readJsonBody(c, QUERY_BODY_BYTES);
        const page = await queries.actors(c.req.param('kind'), body);
        return c.json({
            total: page.total,
            profiles: page.profiles.map(profileView),
            ...(page.list ? { list: page.list } : {}),
        });
    });
    app.get('/lists', async (c) => c.json({ lists: await lists.lists() }));
    return app;
}
//# sourceMappingURL=query-routes.js.map