import type { DropReason } from '../../../src/core/events/index.js';

/** An event dropped at ingestion, with the reason an admin can act on. */
export interface IngestErrorView {
  reason: DropReason;
  message: string;
  messageId: string | null;
  type: string | null;
  sample: string;
  receivedAt: string;
}
