/** Sets each trait unless it was already set by a later event. Ties go to the incoming value. */
export function applyTraits(state, traits, at) {
    let values;
    let setAt;
    for (const [key, value] of Object.entries(traits)) {
        const previous = state.setAt[key];
        if (previous !== undefined && previous > at)
            continue;
        values ??= { ...state.values };
        setAt ??= { ...state.setAt };
        values[key] = value;
        setAt[key] = at;
    }
    return values && setAt ? { values, setAt } : state;
}
/** Combines two trait states key by key; the value set at the later time wins. */
export function mergeTraitStates(a, b) {
    const values = { ...a.values };
    const setAt = { ...a.setAt };
    for (const [key, value] of Object.entries(b.values)) {
        const bAt = b.setAt[key] ?? 0;
        const aAt = setAt[key];
        if (aAt === undefined || bAt >= aAt) {
            values[key] = value;
            setAt[key] = bAt;
        }
    }
    return { values, setAt };
}
//# sourceMappingURL=apply-traits.js.map