import { randomBytes, randomUUID } from 'node:crypto';
import { asProfileId } from '../../core/shared/index.js';
// Profile ids: 72 random bits drawn once per process, then a counter. Unique across processes and
// restarts without a random draw per profile (which cost 15 µs each, a tenth of ingest time).
// The counter is zero-padded so one process's ids sort in creation order: new profiles then land
// at the end of the profiles B-tree instead of dirtying pages all over it.
const processPrefix = randomBytes(9).toString('base64url');
let profileCounter = 0;
/** 36^9 ≈ 10^14 profiles per process before the order wraps (uniqueness never does). */
const COUNTER_DIGITS = 9;
/** Ids from node:crypto: UUIDs for messages, prefix + counter for profiles, random secrets. */
export const nodeIds = {
    messageId: () => `wm-${randomUUID()}`,
    profileId: () => asProfileId(`prf_${processPrefix}${(++profileCounter).toString(36).padStart(COUNTER_DIGITS, '0')}`),
    secret: () => randomBytes(24).toString('base64url'),
};
//# sourceMappingURL=node-ids.js.map