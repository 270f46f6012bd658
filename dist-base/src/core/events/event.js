export const EVENT_TYPES = ['identify', 'track', 'page', 'screen', 'group', 'alias'];
/** True for a plain JSON object (not null, not an array). */
export const isJsonObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The JSON body of an event: everything that is not a field of its own. */
export function encodeBody({ properties, traits, context, integrations, }) {
    return JSON.stringify({ properties, traits, context, integrations });
}
//# sourceMappingURL=event.js.map