import { randomBytes, randomUUID } from 'node:crypto';
import { asProfileId } from '../../core/shared/index.js';
import type { IdGenerator } from '../../ports/ids.js';

// Profile ids: 72 random bits drawn once per process, then a counter. Unique across processes and
// restarts without a random draw per profile (which cost 15 µs each, a tenth of ingest time).
const processPrefix = randomBytes(9).toString('base64url');
let profileCounter = 0;

/** Ids from node:crypto: UUIDs for messages, prefix + counter for profiles, random secrets. */
export const nodeIds: IdGenerator = {
  messageId: () => `wm-${randomUUID()}`,
  profileId: () => asProfileId(`prf_${processPrefix}${(++profileCounter).toString(36)}`),
  secret: () => randomBytes(24).toString('base64url'),
};
