import { useState } from 'react';
import { useAuth } from '../app/auth-provider.js';
import { useLocation } from '../app/router.js';
import { useResource } from '../app/use-resource.js';
import { Alert } from '../ui/alert.js';
import { Spinner } from '../ui/spinner.js';
import { WaymarkLogo } from '../ui/waymark-logo.js';
import { OwnerSetupForm } from './owner-setup-form.js';
import { safeNextPath } from './safe-next-path.js';
import { SignInForm } from './sign-in-form.js';

/** Sign-in, or on a fresh install the creation of the owner account. */
export function SignInPage() {
  const { client } = useAuth();
  const next = safeNextPath(useLocation().searchParams.get('next'));
  const status = useResource('auth-status', () => client.authStatus());
  const [isUsingToken, setIsUsingToken] = useState(false);
  const needsOwner = status.data?.hasUsers === false && !isUsingToken;

  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="auth-card__brand">
          <WaymarkLogo size={40} />
          <span>Waymark</span>
        </div>
        <h1 className="auth-card__title">{needsOwner ? 'Create the owner account' : 'Sign in'}</h1>
        <p className="auth-card__subtitle muted">
          {needsOwner
            ? 'This is a fresh install. Confirm the admin token, then choose how you will sign in from now on.'
            : 'Customer journeys for your store, on your own server.'}
        </p>
        {status.isLoading && status.data === undefined && <Spinner />}
        {status.error !== undefined && (
          <Alert tone="info">
            Could not check for accounts ({status.error.message}). You can still sign in.
          </Alert>
        )}
        {needsOwner && <OwnerSetupForm next={next} />}
        {needsOwner && (
          <button
            type="button"
            className="link-button"
            onClick={() => setIsUsingToken(true)}
            data-testid="use-admin-token"
          >
            Skip for now and sign in with the admin token
          </button>
        )}
        {!status.isLoading && !needsOwner && (
          <SignInForm next={next} initialMethod={status.data?.hasUsers === true ? 'password' : 'token'} />
        )}
        {isUsingToken && status.data?.hasUsers === false && (
          <button type="button" className="link-button" onClick={() => setIsUsingToken(false)}>
            Create the owner account instead
          </button>
        )}
      </div>
    </main>
  );
}
