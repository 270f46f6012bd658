// Calendar days in a time zone, as integers, for "distinct days with a purchase".
import { createZoneOffsets } from '../time/zone-offsets.js';
const DAY_MS = 86_400_000;
/**
 * Returns a function mapping an instant to its calendar day in `timeZone`, as days since
 * 1970-01-01 local time. The zone's offsets come from the cached lookup the report buckets use.
 */
export function localDayOf(timeZone) {
    const zone = createZoneOffsets(timeZone);
    if (zone.isUtc)
        return (at) => Math.floor(at / DAY_MS);
    return (at) => Math.floor((at + zone.offsetAt(at)) / DAY_MS);
}
//# sourceMappingURL=local-day.js.map