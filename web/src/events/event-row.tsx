import type { KeyboardEvent } from 'react';
import type { EventView } from '../api-client/event-view.js';
import { Link } from '../app/link.js';
import { profilePath } from '../profiles/profile-identity.js';
import { formatDateTime, formatTableTime } from '../ui/format-time.js';
import { ChevronIcon } from '../ui/icons.js';
import { describeEvent, eventFields, summarizeFields } from './describe-event.js';
import { EventDetail } from './event-detail.js';
import { EventTypeBadge } from './event-type-badge.js';

export interface EventRowProps {
  event: EventView;
  isExpanded: boolean;
  isNew: boolean;
  now: number;
  onToggle(): void;
}

/** One event in the live table; clicking the row opens its full JSON below it. */
export function EventRow({ event, isExpanded, isNew, now, onToggle }: EventRowProps) {
  const onKeyDown = (keyEvent: KeyboardEvent) => {
    if (keyEvent.key !== 'Enter' && keyEvent.key !== ' ') return;
    keyEvent.preventDefault();
    onToggle();
  };
  const classes = ['event-row', isExpanded ? 'is-expanded' : '', isNew ? 'is-new' : ''];
  return (
    <>
      <tr
        className={classes.filter(Boolean).join(' ')}
        onClick={onToggle}
        onKeyDown={onKeyDown}
        tabIndex={0}
        aria-expanded={isExpanded}
        data-testid="event-row"
        data-message-id={event.messageId}
      >
        <td className="event-row__time">
          <time dateTime={event.timestamp} title={formatDateTime(event.timestamp)}>
            {formatTableTime(event.timestamp, now)}
          </time>
        </td>
        <td>
          <EventTypeBadge type={event.type} />
        </td>
        <td className="event-row__name" data-testid="event-name">
          {describeEvent(event)}
        </td>
        <td className="event-row__profile">
          <EventProfileLink event={event} />
        </td>
        <td className="event-row__summary hide-small" data-testid="event-summary">
          {summarizeFields(eventFields(event)) || <span className="muted">—</span>}
        </td>
        <td className="event-row__chevron" aria-hidden="true">
          <ChevronIcon width={16} height={16} />
        </td>
      </tr>
      {isExpanded && (
        <tr className="event-detail-row">
          <td colSpan={6}>
            <EventDetail event={event} />
          </td>
        </tr>
      )}
    </>
  );
}

function EventProfileLink({ event }: { event: EventView }) {
  const handle = event.userId ?? event.anonymousId;
  const target = event.profileId ?? handle;
  if (target === null) return <span className="muted">—</span>;
  return (
    <Link
      to={profilePath(target)}
      className="profile-chip"
      onClick={(click) => click.stopPropagation()}
      data-testid="event-profile-link"
      title={handle ?? target}
    >
      {handle ?? 'Profile'}
    </Link>
  );
}
