/**
 * The popup's keys, on the list only: j / k move the focus to the next / previous reminder row,
 * Enter on a focused row presses its primary action (Write, or Done for a task), d marks it done and
 * s snoozes it a day — at once, with the same Undo as the buttons, rather than opening the snooze
 * choices: a key that opens a menu is a second step, and a day is the snooze a morning pass wants
 * (the week and the month stay under "More actions"). Nothing fires while typing in a field, with a
 * modifier held, or while the composer is open (the caller turns the keys off).
 */
import { useEffect } from 'preact/hooks';
import type { Action } from '../domain/reminder-action';

export const ROW_SELECTOR = '[data-row]';

/** Keys typed into a field are text, never commands. */
export function isTyping(target: EventTarget | null): boolean {
  const element = target instanceof Element ? target : null;
  return !!element?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
}

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(ROW_SELECTOR)];
}

/** The row holding the focus, if any. */
export function focusedRow(): HTMLElement | null {
  return (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(ROW_SELECTOR) ?? null;
}

/** Moves the focus `by` rows from the focused one (the first or last when none has it). */
export function moveFocus(by: 1 | -1): void {
  const all = rows();
  const at = all.indexOf(focusedRow() as HTMLElement);
  const next = at < 0 ? (by > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + by));
  const row = all[next];
  row?.focus();
  row?.scrollIntoView({ block: 'nearest' });
}

/** Puts the focus on the row at `index` (or the last one), after an action removed the row there. */
export function focusRowAt(index: number): boolean {
  const all = rows();
  const row = all[Math.min(index, all.length - 1)];
  row?.focus();
  return !!row;
}

export function indexOfRow(row: HTMLElement): number {
  return rows().indexOf(row);
}

/** Listens for the keys while `enabled`; `act` gets the reminder id of the focused row. */
export function useListKeys(enabled: boolean, act: (id: string, action: Action, index: number) => void) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const key = event.key;
      if (key === 'j' || key === 'k') {
        event.preventDefault();
        moveFocus(key === 'j' ? 1 : -1);
        return;
      }
      const row = focusedRow();
      const id = row?.dataset.id;
      if (!row || !id) return;
      if (key === 'Enter' && document.activeElement === row) {
        event.preventDefault();
        row.querySelector<HTMLButtonElement>('[data-primary]')?.click();
      } else if (key === 'd' || key === 's') {
        event.preventDefault();
        act(id, key === 'd' ? { type: 'done' } : { type: 'snooze', period: 'day' }, indexOfRow(row));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, act]);
}
