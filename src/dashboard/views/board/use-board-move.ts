/**
 * Moving a loop on the board, by the same path as the loop page: a stage is recorded at once with
 * today's date; an offer or an ending first shows what it plans (OutcomePreviewDialog), and the closed
 * column first asks which ending. Every move is recordOutcome, so its Undo is undoOutcome's exact one.
 */
import { useState } from 'preact/hooks';
import type { BoardCard } from '../../../db/board';
import { recordOutcome, undoOutcome } from '../../../db/outcome';
import { localDate } from '../../../domain/today';
import type { LoopStatus } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { statusKey } from '../../../i18n/labels';
import { useStore } from '../../store';
import type { OutcomeChange } from '../loop/outcome-preview';
import { type BoardColumnSpec, columnOf } from './columns';

/** The outcomes the loop page previews before recording (its "I declined" records at once). */
const PREVIEWED = new Set<LoopStatus>(['offer', 'rejected', 'withdrawn', 'accepted']);

export interface BoardMove {
  /** The card whose ending is being chosen (dropped on the closed column). */
  choosing: BoardCard | null;
  /** The outcome being previewed. */
  previewing: { card: BoardCard; change: OutcomeChange } | null;
  /** The card that takes the focus once it is drawn in the column it moved to (a move from the keyboard). */
  focusTarget: { loopId: string; column: BoardColumnSpec['id'] } | null;
  move(card: BoardCard, to: BoardColumnSpec, byKeyboard: boolean): void;
  choose(status: LoopStatus): void;
  confirm(): void;
  cancel(): void;
  focused(): void;
}

export function companyName(card: BoardCard): string {
  return card.company?.name ?? t('dashboard_unknown_company');
}

export function useBoardMove(): BoardMove {
  const { run } = useStore();
  const [choosing, setChoosing] = useState<BoardCard | null>(null);
  const [previewing, setPreviewing] = useState<BoardMove['previewing']>(null);
  const [focusTarget, setFocusTarget] = useState<BoardMove['focusTarget']>(null);

  const record = (card: BoardCard, change: OutcomeChange) =>
    run(() => recordOutcome(card.loop.id, change), {
      done: t('dashboard_board_moved', { company: companyName(card), status: t(statusKey(change.status)) }),
      undo: undoOutcome,
    });

  const to = (card: BoardCard, status: LoopStatus) => {
    const change: OutcomeChange = { status, on: localDate() };
    if (PREVIEWED.has(status)) setPreviewing({ card, change });
    else void record(card, change);
  };

  return {
    choosing,
    previewing,
    focusTarget,
    move(card, column, byKeyboard) {
      if (columnOf(card.loop.status) === column) return;
      if (byKeyboard) setFocusTarget({ loopId: card.loop.id, column: column.id });
      if (column.id === 'closed') setChoosing(card);
      else to(card, column.id);
    },
    choose(status) {
      const card = choosing;
      setChoosing(null);
      if (card) to(card, status);
    },
    confirm() {
      const pending = previewing;
      setPreviewing(null);
      if (pending) void record(pending.card, pending.change);
    },
    cancel() {
      setChoosing(null);
      setPreviewing(null);
      setFocusTarget(null);
    },
    focused() {
      setFocusTarget(null);
    },
  };
}
