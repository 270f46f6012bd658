import { randomBytes, randomUUID } from 'node:crypto';
import { asProfileId } from '../../core/shared/index.js';
import type { IdGenerator } from '../../ports/ids.js';

/** Ids from node:crypto: UUIDs for messages, short random ids for profiles. */
export const nodeIds: IdGenerator = {
  messageId: () => `wm-${randomUUID()}`,
  profileId: () => asProfileId(`prf_${randomBytes(12).toString('base64url')}`),
  secret: () => randomBytes(24).toString('base64url'),
};
