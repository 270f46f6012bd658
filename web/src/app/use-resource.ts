import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: Error | undefined;
  isLoading: boolean;
  reload(): void;
}

/** Loads data when `key` changes; answers of an older key are ignored. */
export function useResource<T>(key: string, load: () => Promise<T>): Resource<T> {
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load; // the latest closure, without reloading on every render
  });
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ key: string; data?: T; error?: Error }>({ key: '' });

  useEffect(() => {
    let isCurrent = true;
    loadRef.current().then(
      (data) => isCurrent && setState({ key, data }),
      (error: unknown) => isCurrent && setState({ key, error: toError(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  const isFresh = state.key === key;
  return {
    data: isFresh ? state.data : undefined,
    error: isFresh ? state.error : undefined,
    isLoading: !isFresh,
    reload,
  };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
