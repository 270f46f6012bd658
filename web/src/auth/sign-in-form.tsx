import { useState, type FormEvent } from 'react';
import type { LoginRequest } from '../api-client/auth-views.js';
import { useAuth } from '../app/auth-provider.js';
import { Alert } from '../ui/alert.js';
import { Button } from '../ui/button.js';
import { SegmentedControl, type SegmentedOption } from '../ui/segmented-control.js';
import { TextField } from '../ui/text-field.js';
import { describeAuthError } from './describe-auth-error.js';

type Method = 'password' | 'token';

const METHODS: ReadonlyArray<SegmentedOption<Method>> = [
  { value: 'password', label: 'Email' },
  { value: 'token', label: 'Admin token' },
];

/** Sign in with an email and password, or with the server's admin token. */
export function SignInForm({ next, initialMethod }: { next: string; initialMethod: Method }) {
  const { client, signIn } = useAuth();
  const [method, setMethod] = useState<Method>(initialMethod);
  const [fields, setFields] = useState({ email: '', password: '', token: '' });
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (formEvent: FormEvent) => {
    formEvent.preventDefault();
    const body: LoginRequest =
      method === 'token'
        ? { token: fields.token.trim() }
        : { email: fields.email.trim(), password: fields.password };
    setIsBusy(true);
    setError(null);
    try {
      const { token } = await client.login(body);
      signIn(token, next);
    } catch (caught) {
      setError(
        describeAuthError(
          caught,
          method === 'token' ? 'That admin token is not valid.' : 'Wrong email or password.',
        ),
      );
      setIsBusy(false);
    }
  };
  const set = (name: keyof typeof fields) => (change: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: change.target.value }));

  return (
    <form className="form" onSubmit={submit} data-testid="sign-in-form">
      <SegmentedControl<Method>
        label="Sign-in method"
        options={METHODS}
        value={method}
        onChange={setMethod}
      />
      {method === 'password' ? (
        <>
          <TextField
            label="Email"
            type="email"
            autoComplete="username"
            required
            value={fields.email}
            onChange={set('email')}
            data-testid="sign-in-email"
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            required
            value={fields.password}
            onChange={set('password')}
            data-testid="sign-in-password"
          />
        </>
      ) : (
        <TextField
          label="Admin token"
          type="password"
          autoComplete="off"
          required
          value={fields.token}
          onChange={set('token')}
          hint={
            <>
              Printed by <code>waymark serve</code> on first start, or set with{' '}
              <code>WAYMARK_ADMIN_TOKEN</code>.
            </>
          }
          data-testid="sign-in-token"
        />
      )}
      {error !== null && <Alert>{error}</Alert>}
      <Button
        type="submit"
        variant="primary"
        isBusy={isBusy}
        className="button--block"
        data-testid="sign-in-submit"
      >
        Sign in
      </Button>
    </form>
  );
}
