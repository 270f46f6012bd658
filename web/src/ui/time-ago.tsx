import { formatDateTime, formatRelative } from './format-time.js';
import { useNow } from './use-now.js';

/** A relative time ("5 min. ago") with the exact time on hover. */
export function TimeAgo({ at }: { at: string }) {
  const now = useNow();
  return (
    <time dateTime={at} title={formatDateTime(at)}>
      {formatRelative(at, now)}
    </time>
  );
}
