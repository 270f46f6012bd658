/** A mask keeping the actors whose profile id is in `profileIds`. */
export function maskOfProfiles(table, profileIds) {
    const mask = new Uint8Array(table.actorCount);
    table.actorIds.forEach((id, actor) => {
        if (profileIds.has(id))
            mask[actor] = 1;
    });
    return mask;
}
//# sourceMappingURL=actor-mask.js.map