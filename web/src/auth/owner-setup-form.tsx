import { useState, type FormEvent } from 'react';
import { useAuth } from '../app/auth-provider.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { TextField } from '../ui/text-field.js';
import { describeAuthError } from './describe-auth-error.js';

const MIN_PASSWORD_LENGTH = 8;

/**
 * First run: prove you run the server (admin token), create the owner account, sign in with it.
 */
export function OwnerSetupForm({ next }: { next: string }) {
  const { client, signIn } = useAuth();
  const [fields, setFields] = useState({ token: '', email: '', password: '' });
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    if (fields.password.length < MIN_PASSWORD_LENGTH) {
      setError(`Use at least ${MIN_PASSWORD_LENGTH} characters for the password.`);
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      const email = fields.email.trim();
      const admin = await client.login({ token: fields.token.trim() });
      await client.createUser({ email, password: fields.password }, admin.token);
      const session = await client.login({ email, password: fields.password });
      signIn(session.token, next);
    } catch (caught) {
      setError(describeAuthError(caught, 'That admin token is not valid.'));
      setIsBusy(false);
    }
  };
  const set = (name: keyof typeof fields) => (change: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: change.target.value }));

  return (
    <form className="form" onSubmit={submit} data-testid="owner-setup-form">
      <TextField
        label="Admin token"
        type="password"
        autoComplete="off"
        required
        value={fields.token}
        onChange={set('token')}
        hint={
          <>
            Printed by <code>waymark serve</code> on first start, or set with <code>WAYMARK_ADMIN_TOKEN</code>
            .
          </>
        }
        data-testid="owner-token"
      />
      <TextField
        label="Your email"
        type="email"
        autoComplete="username"
        required
        value={fields.email}
        onChange={set('email')}
        data-testid="owner-email"
      />
      <TextField
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        value={fields.password}
        onChange={set('password')}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        data-testid="owner-password"
      />
      {error !== null && <Alert>{error}</Alert>}
      <Button
        type="submit"
        variant="primary"
        isBusy={isBusy}
        className="button--block"
        data-testid="owner-submit"
      >
        Create owner account
      </Button>
    </form>
  );
}
