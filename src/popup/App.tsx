import type { ComponentType } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { localDate } from '../domain/today';
import { t } from '../i18n/i18n';
import { Toast, type ToastMessage } from '../ui/components/Toast';
import { type Action, perform } from './actions';
import { BackupReminder } from './BackupReminder';
import type { ComposerProps } from './composer/Composer';
import { firstScreenLimits } from './first-screen';
import {
  countSections,
  FIRST_LIMITS,
  type Limits,
  loadToday,
  PAGE_SIZE,
  type Row,
  type TodayList,
} from './load';
import { SaveFromPage } from './SaveFromPage';
import { Section } from './Section';
import { writeCachedList } from './snapshot';
import { actionDoneText, formatDay } from './wording';

/** Marked once today's list is on screen (the cached one when there is one): what `npm run bench` times. */
export const LIST_DRAWN_MARK = 'loopkeeper:list-drawn';
/** Marked once the list read from the database is on screen (the bench reports it too). */
export const LIST_FRESH_MARK = 'loopkeeper:list-fresh';

type Counts = Awaited<ReturnType<typeof countSections>>;
interface Writing {
  row: Row;
  Composer: ComponentType<ComposerProps>;
}

interface AppProps {
  /** Today's list, already being read (main.tsx starts it before the first render). */
  firstLoad?: Promise<TodayList>;
  /** The last list drawn today, painted until the fresh read lands (see snapshot.ts). */
  cached?: TodayList | null;
}

export function App({ firstLoad, cached }: AppProps) {
  const [list, setList] = useState<TodayList | null>(cached ?? null);
  const [fresh, setFresh] = useState(false);
  // The first frame draws the first screen only; the rest of the list follows once it is painted.
  const [wholeList, setWholeList] = useState(false);
  const [error, setError] = useState('');
  const [limits, setLimits] = useState<Limits>(FIRST_LIMITS);
  const [counts, setCounts] = useState<Counts>({});
  const [busyId, setBusyId] = useState<string | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [writing, setWriting] = useState<Writing | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  const reload = useCallback(async (next: Limits) => {
    try {
      const loaded = await loadToday(localDate(), next);
      setList(loaded);
      setFresh(true);
      writeCachedList(loaded);
    } catch (failure) {
      setError(String(failure));
    }
  }, []);
  useEffect(() => {
    if (!firstLoad) return void reload(FIRST_LIMITS);
    firstLoad
      .then((loaded) => {
        setList(loaded);
        setFresh(true);
        writeCachedList(loaded);
      })
      .catch((failure: unknown) => setError(String(failure)));
  }, [firstLoad, reload]);
  // A layout effect's frame is the one that paints the list: the mark sits where the blank page's does.
  useLayoutEffect(() => {
    if (!list) return;
    let current = true;
    requestAnimationFrame(() => {
      if (!performance.getEntriesByName(LIST_DRAWN_MARK).length) performance.mark(LIST_DRAWN_MARK);
      if (fresh && !performance.getEntriesByName(LIST_FRESH_MARK).length) performance.mark(LIST_FRESH_MARK);
      if (!fresh) return; // counts wait for the list read from the database
      // Counting a long section walks its whole index range: only once the list is on screen.
      setTimeout(() => countSections(list).then((next) => current && setCounts(next)), 0);
    });
    return () => {
      current = false;
    };
  }, [list, fresh]);
  // The rest of the list, in the task after the first screen is painted.
  useLayoutEffect(() => {
    if (!list || wholeList) return;
    requestAnimationFrame(() => setTimeout(() => setWholeList(true), 0));
  }, [list, wholeList]);

  const say = useCallback((text: string, undo?: () => Promise<void>) => {
    setToast({ id: Date.now(), text, kind: 'info', ...(undo ? { undo } : {}) });
  }, []);

  const act = async (row: Row, action: Action) => {
    setBusyId(row.reminder.id);
    try {
      // A row of the cached list acts only once the database has confirmed the list.
      if (!fresh && firstLoad) await firstLoad;
      const performed = await perform(row.reminder, action, list?.today ?? localDate());
      await reload(limits);
      say(actionDoneText(row, action, performed.reminder), async () => {
        await performed.undo();
        await reload(limits);
        say(t('popup_toast_undone'));
      });
      // The row is gone: keep keyboard focus on the page, on the way back.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.toast-undo')?.focus());
    } catch (failure) {
      setToast({
        id: Date.now(),
        text: failure instanceof Error ? failure.message : String(failure),
        kind: 'error',
      });
    } finally {
      setBusyId(null);
    }
  };

  const write = async (row: Row) => {
    opener.current = document.activeElement as HTMLElement | null;
    const { Composer } = await import('./composer/Composer');
    setWriting({ row, Composer });
  };
  const closeComposer = () => {
    setWriting(null);
    requestAnimationFrame(() => opener.current?.focus());
  };

  const more = (name: keyof Limits) => {
    const next = { ...limits, [name]: limits[name] + PAGE_SIZE };
    setLimits(next);
    void reload(next);
  };

  if (writing && list) {
    const { Composer, row } = writing;
    return (
      <main class="popup">
        <Composer
          row={row}
          today={list.today}
          onClose={closeComposer}
          onSent={async (channel) => {
            setWriting(null);
            await act(row, { type: 'sent', channel });
          }}
        />
        <Toast toast={toast} onDismiss={() => setToast(null)} />
      </main>
    );
  }

  const shownRows = list && !wholeList ? firstScreenLimits(list.sections) : null;
  const nothingDue = list?.sections.every((s) => s.rows.length === 0);
  const nothingToday = list && !nothingDue && list.sections.slice(0, 2).every((s) => s.rows.length === 0);
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>
          {t('popup_title')}
          {list && <span class="popup-date muted">{formatDay(list.today)}</span>}
        </h1>
        <a href="/src/dashboard/index.html" target="_blank" rel="noreferrer">
          {t('popup_open_dashboard')}
        </a>
      </header>
      {/* Offers about the current tab and banners sit here, above the list. */}
      <SaveFromPage />
      <BackupReminder />
      {!list && !error && <p class="muted">{t('popup_loading')}</p>}
      {error && <p class="error">{t('popup_load_error', { error })}</p>}
      {list?.firstRun && (
        <div class="empty">
          <strong>{t('popup_empty_first_title')}</strong>
          {t('popup_empty_first_body')}
        </div>
      )}
      {list && !list.firstRun && nothingDue && (
        <div class="empty">
          <strong>{t('popup_empty_title')}</strong>
          {t('popup_empty_body')}
        </div>
      )}
      {nothingToday && <p class="popup-note muted">{t('popup_nothing_today')}</p>}
      {list?.sections
        .filter((section) => (shownRows ? shownRows[section.name] : section.rows.length) > 0)
        .map((section) => (
          <Section
            key={section.name}
            section={section}
            shown={shownRows?.[section.name]}
            today={list.today}
            count={section.more ? counts[section.name] : section.rows.length}
            busyId={busyId}
            onAction={act}
            onWrite={write}
            onMore={() => more(section.name)}
          />
        ))}
      <Toast toast={toast} onDismiss={() => setToast(null)} />
    </main>
  );
}
