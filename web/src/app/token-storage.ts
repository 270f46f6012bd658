const TOKEN_KEY = 'waymark.token';

// Kept in memory too, so a browser with storage disabled still has a session until reload.
let current: string | null = readStored();

function readStored(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** The session (or admin) token, kept across reloads in localStorage. */
export const tokenStorage = {
  read(): string | null {
    return current;
  },
  write(token: string | null): void {
    current = token;
    try {
      if (token === null) window.localStorage.removeItem(TOKEN_KEY);
      else window.localStorage.setItem(TOKEN_KEY, token);
    } catch {
      // storage disabled: the in-memory copy is all we have
    }
  },
};
