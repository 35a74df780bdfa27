/**
 * Saving as you type. `useAutosave(value, save, options)` keeps the text on screen, writes it through
 * `save` half a second after the last keystroke, and at once on blur, on unmount (leaving a route),
 * on `pagehide` and when the page is hidden (closing the tab). The caller passes `save`, so this file
 * knows no storage of ours.
 *
 * Between a keystroke and the write that follows it, a write-ahead copy sits in the page's own
 * localStorage (synchronous, and it outlives the tab), keyed by record and field. On the next mount it
 * is applied when it is newer than the record: see `restoreCopy` for which side wins.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n';

export interface AutosaveOptions {
  /** Names the record and field, e.g. `loop:<id>:notes`; the write-ahead copy is kept under it. */
  key: string;
  /** When the record was last written (ms since the epoch; 0 for a built-in default). */
  storedAt: number;
  /** Quiet time after the last keystroke before writing. */
  delayMs?: number;
}

export type SaveStatus =
  | { phase: 'idle' }
  | { phase: 'saving' }
  | { phase: 'saved' }
  | { phase: 'error'; message: string };

export interface Autosave {
  text: string;
  /** The user typed: show it, keep a write-ahead copy, write after the quiet time. */
  setText(next: string): void;
  /** Write now if anything is unsaved (blur, retry). */
  flush(): void;
  /** The record was set elsewhere on purpose (restore default): show `next`, drop pending typing. */
  replace(next: string): void;
  status: SaveStatus;
}

export const AUTOSAVE_DELAY_MS = 500;
const PREFIX = 'loopkeeper.autosave:';

interface Copy {
  text: string;
  /** When it was typed. */
  at: number;
  /** The saved text the typing started from. */
  base: string;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage denied to this page: the hook still saves, without the copy
  }
}

function readCopy(key: string): Copy | null {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    const copy = raw ? (JSON.parse(raw) as Partial<Copy>) : null;
    if (copy && typeof copy.text === 'string' && typeof copy.at === 'number' && typeof copy.base === 'string')
      return copy as Copy;
  } catch {
    // unreadable copy: treated as none
  }
  return null;
}

function writeCopy(key: string, copy: Copy): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(copy));
  } catch {
    // storage full or denied: the debounced write still happens
  }
}

/** Drops the copy once `saved` is in the database — unless newer typing replaced it meanwhile. */
function dropCopy(key: string, saved?: string): void {
  const copy = readCopy(key);
  if (copy && saved !== undefined && copy.text !== saved) return;
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // nothing to drop
  }
}

/**
 * The text to show on mount. A write-ahead copy wins when nobody changed the field since the typing
 * began (the stored value is still the copy's base) or when it was typed after the record's last
 * write. A record written later with a different value (another tab, a restored backup) wins, and
 * the copy is dropped: the newest writer wins, as it would have had the write gone through.
 */
export function restoreCopy(key: string, value: string, storedAt: number): string {
  const copy = readCopy(key);
  if (!copy) return value;
  if (copy.text !== value && (copy.base === value || copy.at > storedAt)) return copy.text;
  dropCopy(key);
  return value;
}

/**
 * What this page wrote, with the stored value its data held then. A field mounted again from data read
 * before that write (a dialog reopened, a template's kind chosen again) shows the written text, not
 * the stale one; once the data shows anything else, the record moved on and the data wins.
 */
const writtenHere = new Map<string, { text: string; over: string }>();

function initialText(key: string, value: string, storedAt: number): { text: string; inDatabase: boolean } {
  const restored = restoreCopy(key, value, storedAt);
  if (restored !== value) return { text: restored, inDatabase: false };
  const written = writtenHere.get(key);
  if (written && written.over === value && written.text !== value)
    return { text: written.text, inDatabase: true };
  writtenHere.delete(key);
  return { text: value, inDatabase: true };
}

/** Plain words for a failed write; the text stays on screen either way. */
export function describeSaveError(error: unknown): string {
  // Dexie reports a full disk itself or as the inner cause of the aborted transaction.
  const names = [error, (error as { inner?: unknown } | null)?.inner].map((e) =>
    e instanceof Error || e instanceof DOMException ? e.name : '',
  );
  if (names.includes('QuotaExceededError')) return t('ui_autosave_error_full');
  const reason = error instanceof Error ? error.message : String(error);
  return t('ui_autosave_error', { reason });
}

export function useAutosave(
  value: string,
  save: (text: string) => Promise<unknown>,
  { key, storedAt, delayMs = AUTOSAVE_DELAY_MS }: AutosaveOptions,
): Autosave {
  const [initial] = useState(() => initialText(key, value, storedAt));
  const [text, setShown] = useState(initial.text);
  const [status, setStatus] = useState<SaveStatus>({ phase: 'idle' });
  const current = useRef(text);
  /** What the database holds, as far as this field knows. */
  const saved = useRef(initial.inDatabase ? initial.text : value);
  /** The stored value last passed in (the page's data, possibly older than `saved`). */
  const seen = useRef(value);
  const saveRef = useRef(save);
  saveRef.current = save;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const busy = useRef(false);
  const again = useRef(false);
  const live = useRef(true);
  const report = (next: SaveStatus) => live.current && setStatus(next);

  // One write at a time, always of the latest text; typing during a write queues one more.
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (busy.current) {
      again.current = true;
      return;
    }
    const next = current.current;
    if (next === saved.current) return;
    busy.current = true;
    report({ phase: 'saving' });
    saveRef
      .current(next)
      .then(
        () => {
          saved.current = next;
          writtenHere.set(key, { text: next, over: seen.current });
          dropCopy(key, next);
          if (current.current === next) report({ phase: 'saved' });
        },
        (error: unknown) => report({ phase: 'error', message: describeSaveError(error) }),
      )
      .finally(() => {
        busy.current = false;
        if (again.current) {
          again.current = false;
          flush();
        }
      });
  }, [key]);

  const setText = useCallback(
    (next: string) => {
      current.current = next;
      setShown(next);
      writeCopy(key, { text: next, at: Date.now(), base: saved.current });
      setStatus((status) => (status.phase === 'saved' ? { phase: 'idle' } : status));
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [key, delayMs, flush],
  );

  const replace = useCallback(
    (next: string) => {
      clearTimeout(timer.current);
      timer.current = undefined;
      dropCopy(key);
      writtenHere.delete(key);
      current.current = next;
      saved.current = next;
      setShown(next);
      setStatus({ phase: 'idle' });
    },
    [key],
  );

  // The record changed (reloaded after a write here or elsewhere): follow it unless typing here is
  // still unsaved — that typing is newer and is written next.
  useEffect(() => {
    if (value === seen.current) return;
    seen.current = value;
    const untouched = current.current === saved.current;
    saved.current = value;
    if (untouched && current.current !== value) {
      current.current = value;
      setShown(value);
    }
  }, [value]);

  useEffect(() => {
    live.current = true;
    if (current.current !== saved.current) flush(); // a restored write-ahead copy goes in at once
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      live.current = false;
      flush();
    };
  }, [flush]);

  return { text, setText, flush, replace, status };
}

/** One status line for a form of several autosaved fields: an error first, then work in progress. */
export function combineStatus(...all: SaveStatus[]): SaveStatus {
  return (
    all.find((s) => s.phase === 'error') ??
    all.find((s) => s.phase === 'saving') ??
    all.find((s) => s.phase === 'saved') ?? { phase: 'idle' }
  );
}
