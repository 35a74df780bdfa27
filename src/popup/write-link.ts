/**
 * `?view=tab&write=<reminderId>` (the capture panel's "Write thank-you now"): the composer opens for
 * that reminder once the list is read from the database — from the list when it shows the reminder,
 * otherwise read by its id (a reminder further ahead than the next 14 days is still written to).
 */
import { useEffect, useRef } from 'preact/hooks';
import { loadRow, type Row, type TodayList } from './load';

export function findRow(list: TodayList | null, id: string): Row | undefined {
  return list?.sections.flatMap((section) => section.rows).find((row) => row.reminder.id === id);
}

interface WriteLink {
  writeId: string | null | undefined;
  /** The list read from the database (not the cached one), or null until then. */
  list: TodayList | null;
  onRow: (row: Row) => void;
  /** The reminder is done, dismissed or gone. */
  onMissing: () => void;
  onError: (failure: unknown) => void;
}

/** Opens the link's reminder once, when the fresh list is there. */
export function useWriteLink({ writeId, list, onRow, onMissing, onError }: WriteLink): void {
  const pending = useRef(writeId ?? null);
  useEffect(() => {
    const id = pending.current;
    if (!list || !id) return;
    pending.current = null;
    const shown = findRow(list, id);
    (shown ? Promise.resolve(shown) : loadRow(id))
      .then((row) => (row ? onRow(row) : onMissing()))
      .catch(onError);
  }, [list, onRow, onMissing, onError]);
}
