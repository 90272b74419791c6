import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../shared/api/api-client';
import { ApiError, networkProblem } from '../../shared/api/problem';
import type { Application, SaveDraftResult } from '../../shared/api/types';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: ApiError };

interface PendingSave {
  pageId: string;
  answers: Record<string, unknown>;
  currentPage: string;
}

/** Typing pauses this long before an answer is saved. */
const DEBOUNCE_MS = 800;

/**
 * Saves a draft as the resident goes: debounced while typing, and at once on every page change.
 * Saves run one after another with the latest revision. When another tab saved in between (409
 * application.stale_revision), the draft is reloaded and this page's answers are saved on top of
 * it, so nothing typed in either tab is lost.
 */
export function useDraftSaver(options: { applicationId: string; revision: number; onReloaded: (fresh: Application) => void }) {
  const { applicationId } = options;
  const revision = useRef(options.revision);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef<PendingSave | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onReloaded = useRef(options.onReloaded);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    onReloaded.current = options.onReloaded;
  }, [options.onReloaded]);

  const send = useCallback(
    async (save: PendingSave): Promise<SaveDraftResult> => {
      const put = () => api.put<SaveDraftResult>(`/api/loket/applications/${applicationId}/draft`, { revision: revision.current, ...save });
      try {
        return await put();
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'application.stale_revision') throw error;
        const fresh = await api.get<Application>(`/api/loket/applications/${applicationId}`);
        revision.current = fresh.revision;
        onReloaded.current(fresh);
        return await put();
      }
    },
    [applicationId],
  );

  /** Saves now (after any save still running); resolves with the server's answer. */
  const save = useCallback(
    (next: PendingSave): Promise<SaveDraftResult | undefined> => {
      clearTimeout(timer.current);
      pending.current = undefined;
      const run = queue.current.then(async () => {
        setState({ kind: 'saving' });
        try {
          const result = await send(next);
          revision.current = result.revision;
          setState({ kind: 'saved', at: new Date() });
          return result;
        } catch (error) {
          setState({ kind: 'failed', error: error instanceof ApiError ? error : new ApiError(networkProblem()) });
          return undefined;
        }
      });
      queue.current = run;
      return run;
    },
    [send],
  );

  /** Saves after the resident stops typing for a moment. */
  const schedule = useCallback(
    (next: PendingSave) => {
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (pending.current) void save(pending.current);
      }, DEBOUNCE_MS);
    },
    [save],
  );

  /** Saves what is waiting for the debounce, and waits for every save to finish. */
  const flush = useCallback(async () => {
    if (pending.current) await save(pending.current);
    else await queue.current;
  }, [save]);

  // Switching away or closing the tab: save what waits for the debounce now, not in 800 ms.
  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState === 'hidden' && pending.current) void save(pending.current);
    };
    document.addEventListener('visibilitychange', hidden);
    return () => document.removeEventListener('visibilitychange', hidden);
  }, [save]);

  // Leaving the page within the app (another menu item) still saves what was typed.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current) void send(pending.current).catch(() => undefined);
    },
    [send],
  );

  return { state, save, schedule, flush };
}
