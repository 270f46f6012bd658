import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from '../api-client/api-client.js';
import { navigate } from './router.js';
import { tokenStorage } from './token-storage.js';

export interface Auth {
  isSignedIn: boolean;
  client: ApiClient;
  /** Stores the token and opens `next` (default: the live events). */
  signIn(token: string, next?: string): void;
  signOut(): void;
}

const AuthContext = createContext<Auth | null>(null);

/** Owns the token and the one API client; any 401 signs out and returns to sign-in. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState(tokenStorage.read);

  const signOut = useCallback(() => {
    tokenStorage.write(null);
    setToken(null);
    navigate('/sign-in', { replace: true });
  }, []);

  const signIn = useCallback((nextToken: string, next = '/events') => {
    tokenStorage.write(nextToken);
    setToken(nextToken);
    navigate(next, { replace: true });
  }, []);

  // A 401 means the token expired or was revoked: sign in again, then come back here.
  const expire = useCallback(() => {
    tokenStorage.write(null);
    setToken(null);
    const here = window.location.pathname + window.location.search;
    if (!here.startsWith('/sign-in'))
      navigate(`/sign-in?next=${encodeURIComponent(here)}`, { replace: true });
  }, []);

  const client = useMemo(
    () => createApiClient({ getToken: tokenStorage.read, onUnauthorized: expire }),
    [expire],
  );

  const auth = useMemo(
    () => ({ isSignedIn: token !== null, client, signIn, signOut }),
    [token, client, signIn, signOut],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (auth === null) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/** The API client of the signed-in session. */
export function useApiClient(): ApiClient {
  return useAuth().client;
}
