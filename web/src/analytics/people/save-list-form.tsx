import { useState } from 'react';
import type { ProfileListView } from '../../api-client/analytics-cells.js';
import { useApiClient } from '../../app/auth-provider.js';
import { Alert } from '../../ui/alert.js';
import { Button } from '../../ui/button.js';
import { useAnalyticsScope } from '../analytics-context.js';
import { ListIcon } from '../analytics-icons.js';
import { formatCount } from '../format/format-number.js';
import type { PeopleRequest } from './people-request.js';

export interface SaveListFormProps {
  request: PeopleRequest;
  isDisabled: boolean;
  /** Called after "Use as segment": the drawer closes and every report narrows to the list. */
  onSaved(): void;
}

/** Saves every person behind the number (not only this page) as a list, usable as a segment. */
export function SaveListForm({ request, isDisabled, onSaved }: SaveListFormProps) {
  const client = useApiClient();
  const scope = useAnalyticsScope();
  const [name, setName] = useState(request.listName);
  const [isSaving, setIsSaving] = useState(false);
  const [saved, setSaved] = useState<ProfileListView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setIsSaving(true);
    setError(null);
    try {
      const page = await request.load(client.analytics, { limit: 1, offset: 0, saveAs: name.trim() });
      setSaved(page.list ?? null);
      scope.lists.reload();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setIsSaving(false);
    }
  };

  if (saved !== null) {
    return (
      <div className="saved-list" data-testid="saved-list">
        <ListIcon />
        <div className="saved-list__text">
          <strong data-testid="saved-list-name">{saved.name}</strong>
          <span className="muted small">
            {formatCount(saved.size)} people saved · <code>{saved.id}</code>
          </span>
        </div>
        <Button
          onClick={() => {
            scope.setSegmentId(saved.id);
            onSaved();
          }}
          data-testid="use-as-segment"
        >
          Use as segment
        </Button>
      </div>
    );
  }
  return (
    <form
      className="save-list"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {error !== null && <Alert title="Could not save the list.">{error}</Alert>}
      <label className="visually-hidden" htmlFor="save-list-name">
        List name
      </label>
      <input
        id="save-list-name"
        className="input"
        value={name}
        maxLength={200}
        onChange={(event) => setName(event.target.value)}
        data-testid="save-list-name"
      />
      <Button
        type="submit"
        variant="primary"
        isBusy={isSaving}
        disabled={isDisabled || name.trim() === ''}
        data-testid="save-list"
      >
        Save as list
      </Button>
    </form>
  );
}
