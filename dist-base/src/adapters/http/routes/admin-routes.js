import { Hono } from 'hono';
import { WaymarkError } from '../../../core/shared/index.js';
import { dropView, eventView, profileView } from '../views.js';
/** Reads `?name=` as an integer in [1, max], with a default; anything else is a 400 naming the field. */
export function readLimit(raw, fallback, max, field = 'limit') {
    if (raw === undefined || raw === '')
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > max) {
        throw new WaymarkError('E_VALIDATION', `${field} must be an integer from 1 to ${max}`, { field });
    }
    return value;
}
/** Reads a log position `?after=`: an integer ≥ 0. */
export function readCursor(raw) {
    const value = Number(raw);
    if (raw === '' || !Number.isSafeInteger(value) || value < 0) {
        throw new WaymarkError('E_VALIDATION', 'after must be an integer ≥ 0 (a seq from an earlier answer)', {
            field: 'after',
        });
    }
    return value;
}
/** Admin API of spec §2 and the web app's reads (docs/api-internal.md). Mounted behind bearer auth. */
export function adminRoutes({ events, profiles, setup }) {
    const app = new Hono();
    app.get('/events', async (c) => {
        const limit = readLimit(c.req.query('limit'), 50, 1000);
        const after = c.req.query('after');
        const afterSeq = after === undefined ? undefined : readCursor(after);
        const list = await events.recentEvents({ limit, ...(afterSeq === undefined ? {} : { afterSeq }) });
        return c.json({ events: list.map(eventView) });
    });
    app.get('/profiles', async (c) => {
        const limit = readLimit(c.req.query('limit'), 50, 500);
        const found = await profiles.searchProfiles(c.req.query('q') ?? '', limit);
        return c.json({ profiles: found.map(profileView) });
    });
    app.get('/profiles/:id', async (c) => {
        const profile = await profiles.findProfile(c.req.param('id'));
        if (!profile)
            throw new WaymarkError('E_NOT_FOUND', `no profile for ${c.req.param('id')}`);
        return c.json(profileView(profile));
    });
    app.get('/profiles/:id/events', async (c) => {
        const limit = readLimit(c.req.query('limit'), 100, 1000);
        const profile = await profiles.findProfile(c.req.param('id'));
        if (!profile)
            throw new WaymarkError('E_NOT_FOUND', `no profile for ${c.req.param('id')}`);
        const list = await profiles.profileEvents(profile.id, limit);
        return c.json({ events: list.map(eventView) });
    });
    app.get('/groups/:id', async (c) => {
        const group = await profiles.findGroup(c.req.param('id'));
        if (!group)
            throw new WaymarkError('E_NOT_FOUND', `no group ${c.req.param('id')}`);
        return c.json({ id: group.id, traits: group.traits.values });
    });
    app.get('/ingest/errors', async (c) => {
        const limit = readLimit(c.req.query('limit'), 100, 1000);
        return c.json({ errors: (await events.recentDrops(limit)).map(dropView) });
    });
    app.get('/stats', async (c) => c.json(await events.stats()));
    app.get('/setup', (c) => c.json(setup(new URL(c.req.url).origin)));
    return app;
}
//# sourceMappingURL=admin-routes.js.map