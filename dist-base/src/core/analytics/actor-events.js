/**
 * Event keys for calls other than track: a filter `{ "event": "$page" }` matches page calls.
 * Track calls use their (v2-normalised) event name as key.
 */
export const CALL_KEYS = {
    page: '$page',
    screen: '$screen',
    identify: '$identify',
    group: '$group',
    alias: '$alias',
};
//# sourceMappingURL=actor-events.js.map