import { WaymarkError } from '../../../core/shared/index.js';
/** A transparent 1×1 GIF. */
export const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const NESTED = new Set(['properties', 'traits', 'context', 'integrations']);
/**
 * Builds a call from a pixel URL: either `data=<base64 JSON>` or plain fields, where
 * `properties.revenue=9` sets a nested field.
 */
export function pixelCall(query) {
    if (query.data !== undefined) {
        try {
            // Base64 pasted unescaped into a URL has its '+' read as a space by the query parser.
            const base64 = query.data.replace(/ /g, '+');
            const decoded = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
            if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded))
                throw new Error('not an object');
            return { ...decoded, ...(query.writeKey ? { writeKey: query.writeKey } : {}) };
        }
        catch {
            throw new WaymarkError('E_INVALID_JSON', 'data must be base64-encoded JSON of one call', {
                field: 'data',
            });
        }
    }
    const call = {};
    for (const [key, value] of Object.entries(query)) {
        const dot = key.indexOf('.');
        const head = dot < 0 ? key : key.slice(0, dot);
        if (dot > 0 && NESTED.has(head)) {
            const nested = (call[head] ??= {});
            nested[key.slice(dot + 1)] = value;
        }
        else
            call[key] = value;
    }
    return call;
}
//# sourceMappingURL=pixel-call.js.map