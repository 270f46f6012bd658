import { useEffect } from 'react';
import { SignInPage } from '../auth/sign-in-page.js';
import { AppShell } from './app-shell.js';
import { AuthProvider, useAuth } from './auth-provider.js';
import { navigate, useLocation } from './router.js';
import { resolveRoute } from './routes.js';

export function App() {
  return (
    <AuthProvider>
      <AppRoutes />
    </AuthProvider>
  );
}

/** Signed out: only the sign-in page. Signed in: the shell around the matched page. */
function AppRoutes() {
  const { isSignedIn } = useAuth();
  const { pathname, href } = useLocation();
  const isSignInPath = pathname === '/sign-in';
  const redirect = redirectFor(isSignedIn, pathname, href);

  useEffect(() => {
    if (redirect !== null) navigate(redirect, { replace: true });
  }, [redirect]);

  const route = isSignedIn && !isSignInPath ? resolveRoute(pathname) : null;
  useEffect(() => {
    document.title = route === null ? 'Sign in · Waymark' : `${route.title} · Waymark`;
  }, [route?.title]);

  if (redirect !== null) return null;
  if (route === null) return <SignInPage />;
  return <AppShell>{route.element}</AppShell>;
}

function redirectFor(isSignedIn: boolean, pathname: string, href: string): string | null {
  if (!isSignedIn && pathname !== '/sign-in') {
    return pathname === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(href)}`;
  }
  if (isSignedIn && (pathname === '/' || pathname === '/sign-in')) return '/events';
  return null;
}
