import fs from 'node:fs';
import path from 'node:path';
const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.json': 'application/json',
    '.woff2': 'font/woff2',
    '.map': 'application/json',
};
/**
 * Serves the built web app; unknown paths get index.html so the client-side router can take them.
 * Files are read once and kept: the build is immutable while the server runs.
 */
export function staticFiles(root) {
    // Only files found are cached, so unknown paths cannot grow the cache.
    const cache = new Map();
    const load = (file) => {
        const cached = cache.get(file);
        if (cached)
            return cached;
        const full = path.join(path.resolve(root), file);
        const inside = full.startsWith(path.resolve(root) + path.sep);
        if (!inside || !fs.existsSync(full) || !fs.statSync(full).isFile())
            return null;
        const found = {
            body: fs.readFileSync(full),
            type: TYPES[path.extname(full)] ?? 'application/octet-stream',
        };
        cache.set(file, found);
        return found;
    };
    return (c) => {
        const raw = new URL(c.req.url).pathname;
        let requested;
        try {
            requested = decodeURIComponent(raw);
        }
        catch {
            requested = raw;
        }
        const file = load(path.normalize(requested)) ?? load('/index.html');
        if (!file) {
            return c.text('The web app is not built. Run `npm run build:web` (npm start does it for you).', 503);
        }
        const immutable = requested.startsWith('/assets/');
        return c.body(new Uint8Array(file.body), 200, {
            'Content-Type': file.type,
            'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
            'X-Content-Type-Options': 'nosniff',
        });
    };
}
//# sourceMappingURL=static-files.js.map