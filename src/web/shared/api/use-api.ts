import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { ApiError, networkProblem } from './problem';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data when the component mounts, when `key` changes and on reload(); aborts when it
 * unmounts. `key` names what the loader depends on (e.g. an id).
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, key: string = ''): ApiState<T> {
  const [state, setState] = useState<{ data: T | undefined; error: ApiError | undefined; loading: boolean }>({ data: undefined, error: undefined, loading: true });
  const [attempt, setAttempt] = useState(0);
  const run = useEffectEvent(load);

  useEffect(() => {
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, error: undefined, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({ data: s.data, error: error instanceof ApiError ? error : new ApiError(networkProblem()), loading: false }));
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const reload = useCallback(() => {
    setState((s) => ({ ...s, loading: true }));
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, reload };
}
