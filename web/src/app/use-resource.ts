import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: Error | undefined;
  /** A load (first, new key, or reload) is in flight. */
  isLoading: boolean;
  reload(): void;
}

export interface ResourceOptions {
  /** While a new key loads, keep showing the data of the previous one. @default false */
  keepPrevious?: boolean;
}

interface Loaded<T> {
  key: string | null;
  version: number;
  data?: T;
  error?: Error;
}

/** Loads data when `key` changes or on `reload()`; answers of an older request are ignored. */
export function useResource<T>(
  key: string,
  load: () => Promise<T>,
  options: ResourceOptions = {},
): Resource<T> {
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load; // the latest closure, without reloading on every render
  });
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ key: null, version: -1 });

  useEffect(() => {
    let isCurrent = true;
    loadRef.current().then(
      (data) => isCurrent && setLoaded({ key, version, data }),
      (error: unknown) => isCurrent && setLoaded({ key, version, error: toError(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  const isSameKey = loaded.key === key;
  return {
    data: isSameKey || options.keepPrevious === true ? loaded.data : undefined,
    error: isSameKey ? loaded.error : undefined,
    isLoading: !isSameKey || loaded.version !== version,
    reload,
  };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
