/**
 * The dashboard's shared state: a data version that every view reloads on, and one way to write —
 * `run` — that tells the worker (badge, popup), bumps the version, and shows the outcome with Undo.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { failureText } from '../i18n/failure';
import { Toast, type ToastMessage } from '../ui/components/Toast';
import { notifyDataChanged, onDataChanged } from '../ui/data-changed';

export interface RunOptions<T> {
  /** Said once the write succeeded. */
  done?: string;
  /** Puts things back; offered as Undo in the message. */
  undo?: (result: T) => Promise<unknown>;
}

interface Store {
  version: number;
  run<T>(work: () => Promise<T>, options?: RunOptions<T>): Promise<T | undefined>;
  say(text: string, kind?: ToastMessage['kind']): void;
}

const StoreContext = createContext<Store | null>(null);

export function StoreProvider({ children }: { children: ComponentChildren }) {
  const [version, setVersion] = useState(0);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const counter = useRef(0);
  const say = useCallback(
    (text: string, kind: ToastMessage['kind'] = 'info', undo?: ToastMessage['undo']) => {
      counter.current += 1;
      setToast({ id: counter.current, text, kind, ...(undo ? { undo } : {}) });
    },
    [],
  );

  const run = useCallback(
    async <T,>(work: () => Promise<T>, options: RunOptions<T> = {}): Promise<T | undefined> => {
      try {
        const result = await work();
        await notifyDataChanged();
        setVersion((v) => v + 1);
        const { done, undo } = options;
        if (done) {
          const back = undo
            ? async () => {
                try {
                  await undo(result);
                  await notifyDataChanged();
                  setVersion((v) => v + 1);
                } catch (error) {
                  say(failureText(error), 'error');
                }
              }
            : undefined;
          say(done, 'info', back);
        }
        return result;
      } catch (error) {
        say(failureText(error), 'error');
        return undefined;
      }
    },
    [say],
  );

  // Changes made in another open view (the popup, the capture panel, another dashboard) show at once.
  useEffect(() => onDataChanged(() => setVersion((v) => v + 1)), []);
  // And when the user comes back to this tab (a change told while the worker was stopped).
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') setVersion((v) => v + 1);
    };
    document.addEventListener('visibilitychange', refresh);
    window.addEventListener('focus', refresh);
    return () => {
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener('focus', refresh);
    };
  }, []);

  const store = useMemo(
    () => ({ version, run, say: (text: string, kind?: ToastMessage['kind']) => say(text, kind) }),
    [version, run, say],
  );
  const dismiss = useCallback(() => setToast(null), []);
  return (
    <StoreContext.Provider value={store}>
      {children}
      <Toast toast={toast} onDismiss={dismiss} />
    </StoreContext.Provider>
  );
}

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreProvider');
  return store;
}

export type Loaded<T> =
  | { phase: 'loading' }
  | { phase: 'ready'; data: T }
  | { phase: 'error'; error: string };

/** Loads a view's data, again whenever the data changes or a dependency does. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const { version } = useStore();
  const [state, setState] = useState<Loaded<T>>({ phase: 'loading' });
  useEffect(() => {
    let live = true;
    load()
      .then((data) => live && setState({ phase: 'ready', data }))
      .catch(
        (error: unknown) =>
          live && setState({ phase: 'error', error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [version, ...deps]);
  return state;
}
