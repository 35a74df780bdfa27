import type { ComponentType } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localDate } from '../domain/today';
import { failureText } from '../i18n/failure';
import { t } from '../i18n/i18n';
import { Toast, type ToastMessage } from '../ui/components/Toast';
import { onDataChanged } from '../ui/data-changed';
import { type Action, markAllSent, perform } from './actions';
import { BackupReminder } from './BackupReminder';
import type { ComposerProps } from './composer/Composer';
import { EmptyActions } from './EmptyActions';
import { firstScreenLimits } from './first-screen';
import { focusRowAt, useListKeys } from './keyboard';
import {
  countSections,
  FIRST_LIMITS,
  type Limits,
  loadToday,
  PAGE_SIZE,
  type Row,
  type TodayList,
} from './load';
import { arrangeSections } from './order';
import { usePageOffer } from './page-offer';
import { SaveFromPage } from './SaveFromPage';
import { Section } from './Section';
import { Shortcuts } from './Shortcuts';
import { writeCachedList } from './snapshot';
import { actionDoneText, formatDay } from './wording';
import { findRow, useWriteLink } from './write-link';

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
  /** `?write=<reminderId>`: open the composer for that reminder once the list is read. */
  writeId?: string | null;
}

export function App({ firstLoad, cached, writeId }: AppProps) {
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
  const offer = usePageOffer();
  // After a key's action, the row to focus once the list without the gone row is drawn.
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    if (refocus.current === null || !list) return;
    if (!focusRowAt(refocus.current)) document.querySelector<HTMLElement>('.toast-undo')?.focus();
    refocus.current = null;
  }, [list]);

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

  // A change made in another open view (the dashboard, the capture panel) redraws the list at once.
  const shown = useRef(limits);
  shown.current = limits;
  useEffect(() => onDataChanged(() => void reload(shown.current)), [reload]);

  const say = useCallback((text: string, undo?: () => Promise<void>) => {
    setToast({ id: Date.now(), text, kind: 'info', ...(undo ? { undo } : {}) });
  }, []);

  /**
   * Runs an action and offers its Undo. The row is gone afterwards: keyboard focus stays on the page,
   * on Undo after a click, on the row that took the gone one's place after a key (d, s), so a morning
   * pass goes d, d, s… without reaching for the mouse.
   */
  const run = async (
    busy: string,
    work: () => Promise<{ text: string; undo: () => Promise<void> }>,
    focusIndex?: number,
  ) => {
    setBusyId(busy);
    try {
      // A row of the cached list acts only once the database has confirmed the list.
      if (!fresh && firstLoad) await firstLoad;
      const done = await work();
      await reload(limits);
      say(done.text, async () => {
        await done.undo();
        await reload(limits);
        say(t('popup_toast_undone'));
      });
      if (focusIndex !== undefined) refocus.current = focusIndex;
      else requestAnimationFrame(() => document.querySelector<HTMLElement>('.toast-undo')?.focus());
    } catch (failure) {
      setToast({
        id: Date.now(),
        text: failureText(failure),
        kind: 'error',
      });
    } finally {
      setBusyId(null);
    }
  };
  const today = list?.today ?? localDate();
  const act = (row: Row, action: Action, focusIndex?: number) =>
    run(
      row.reminder.id,
      async () => {
        const performed = await perform(row.reminder, action, today);
        return { text: actionDoneText(row, action, performed.reminder), undo: performed.undo };
      },
      focusIndex,
    );
  const allSent = (rows: Row[], group: string) =>
    run(group, async () => {
      const done = await markAllSent(
        rows.map((row) => row.reminder),
        today,
      );
      return { text: t('popup_toast_all_sent', { count: done.count, group }), undo: done.undo };
    });

  const write = useCallback(async (row: Row) => {
    opener.current = document.activeElement as HTMLElement | null;
    const { Composer } = await import('./composer/Composer');
    setWriting({ row, Composer });
  }, []);
  useWriteLink({
    writeId,
    list: fresh ? list : null,
    onRow: write,
    onMissing: useCallback(() => say(t('popup_write_missing')), [say]),
    onError: useCallback((failure: unknown) => setError(String(failure)), []),
  });
  useListKeys(!writing && busyId === null, (id, action, index) => {
    const row = findRow(list, id);
    if (row) void act(row, action, index);
  });
  const closeComposer = () => {
    setWriting(null);
    requestAnimationFrame(() => opener.current?.focus());
  };

  const more = (name: keyof Limits) => {
    const next = { ...limits, [name]: limits[name] + PAGE_SIZE };
    setLimits(next);
    void reload(next);
  };

  const sections = useMemo(() => (list ? arrangeSections(list.sections) : []), [list]);
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

  const shownRows = list && !wholeList ? firstScreenLimits(sections) : null;
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
      {!nothingDue && <SaveFromPage offer={offer} />}
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
      {nothingDue && <EmptyActions offer={offer} />}
      {nothingToday && <p class="popup-note muted">{t('popup_nothing_today')}</p>}
      {sections
        .filter((section) => (shownRows ? shownRows[section.name] : section.rows.length) > 0)
        .map((section) => (
          <Section
            key={section.name}
            section={section}
            shown={shownRows?.[section.name]}
            today={today}
            count={section.more ? counts[section.name] : section.rows.length}
            busyId={busyId}
            onAction={act}
            onWrite={write}
            onMarkAllSent={allSent}
            onMore={() => more(section.name)}
          />
        ))}
      {!nothingDue && list && <Shortcuts />}
      <Toast toast={toast} onDismiss={() => setToast(null)} />
    </main>
  );
}
