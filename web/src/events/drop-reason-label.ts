import type { DropReason } from '../../../src/core/events/index.js';

const LABELS: Record<DropReason, string> = {
  missing_identity: 'No userId or anonymousId',
  missing_event: 'Track without event name',
  missing_group_id: 'Group without groupId',
  missing_previous_id: 'Alias without previousId',
  event_too_large: 'Event over 32 KB',
  nesting_too_deep: 'Nested too deeply',
  invalid_type: 'Unknown call type',
  invalid_field: 'Invalid field',
  not_an_object: 'Not a JSON object',
  batch_too_long: 'Batch over 2,500 events',
};

/** A readable name for a drop reason; unknown (newer) reasons show as they are. */
export function dropReasonLabel(reason: string): string {
  const byReason: Readonly<Record<string, string>> = LABELS;
  return Object.hasOwn(byReason, reason) ? (byReason[reason] ?? reason) : reason;
}
