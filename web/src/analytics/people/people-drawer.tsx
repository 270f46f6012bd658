import { useEffect, useRef, useState } from 'react';
import { useApiClient } from '../../app/auth-provider.js';
import { useResource } from '../../app/use-resource.js';
import { Alert } from '../../ui/alert.js';
import { Button } from '../../ui/button.js';
import { Spinner } from '../../ui/spinner.js';
import { CloseIcon } from '../analytics-icons.js';
import { formatCount } from '../format/format-number.js';
import './people-drawer.css';
import { PeopleList } from './people-list.js';
import type { PeopleRequest } from './people-request.js';
import { SaveListForm } from './save-list-form.js';

const PAGE_SIZE = 50;

export interface PeopleDrawerProps {
  request: PeopleRequest;
  onClose(): void;
}

/** A side panel with the people behind one number: paged, each linking to their profile. */
export function PeopleDrawer({ request, onClose }: PeopleDrawerProps) {
  const client = useApiClient();
  const [offset, setOffset] = useState(0);
  const page = useResource(
    `people:${request.key}:${offset}`,
    () => request.load(client.analytics, { limit: PAGE_SIZE, offset }),
    { keepPrevious: true },
  );
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    panelRef.current?.focus(); // keyboard users start inside the panel
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const total = page.data?.total ?? request.expectedCount;
  const shownTo = Math.min(offset + PAGE_SIZE, page.data?.total ?? 0);
  return (
    <div className="drawer-layer">
      <div className="drawer-backdrop" onClick={onClose} aria-hidden="true" />
      <aside
        ref={panelRef}
        tabIndex={-1}
        className="drawer"
        role="dialog"
        aria-modal="true"
        aria-label={request.title}
        data-testid="people-drawer"
      >
        <header className="drawer__header">
          <div className="drawer__heading">
            <p className="drawer__eyebrow">People</p>
            <h2 className="drawer__title" data-testid="people-title">
              {request.title}
            </h2>
            {request.description !== undefined && (
              <p className="drawer__description">{request.description}</p>
            )}
          </div>
          <button
            type="button"
            className="icon-button"
            onClick={onClose}
            aria-label="Close"
            data-testid="people-close"
          >
            <CloseIcon width={18} height={18} />
          </button>
        </header>
        <div className="drawer__summary">
          <span className="drawer__count" data-testid="people-total">
            {formatCount(total)}
          </span>
          <span className="muted">{total === 1 ? 'person' : 'people'}</span>
        </div>
        <div className="drawer__body">
          {page.error !== undefined && (
            <Alert title="Could not load these people.">{page.error.message}</Alert>
          )}
          {page.data === undefined && page.error === undefined && <Spinner label="Finding people…" />}
          {page.data !== undefined && (
            <PeopleList profiles={page.data.profiles} isUpdating={page.isLoading} />
          )}
        </div>
        <footer className="drawer__footer">
          {page.data !== undefined && page.data.total > PAGE_SIZE && (
            <div className="pager" data-testid="people-pager">
              <span className="muted small">
                {formatCount(offset + 1)}–{formatCount(shownTo)} of {formatCount(page.data.total)}
              </span>
              <div className="pager__buttons">
                <Button
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
                  data-testid="people-prev"
                >
                  Previous
                </Button>
                <Button
                  disabled={shownTo >= page.data.total}
                  onClick={() => setOffset(offset + PAGE_SIZE)}
                  data-testid="people-next"
                >
                  Next
                </Button>
              </div>
            </div>
          )}
          <SaveListForm request={request} isDisabled={page.data?.total === 0} onSaved={onClose} />
        </footer>
      </aside>
    </div>
  );
}
