import { useEffect, useRef, useState } from 'preact/hooks';
import { type BoardCard, countLoops, readBoard } from '../../../db/board';
import { localDate } from '../../../domain/today';
import { t } from '../../../i18n/i18n';
import { BOARD_DRAWN_MARK, useDrawnMark } from '../../drawn-mark';
import { href } from '../../router';
import { useLoad } from '../../store';
import { OutcomePreviewDialog } from '../loop/OutcomePreviewDialog';
import { BoardCardItem, KEYS_HINT_ID } from './BoardCardItem';
import { BoardColumn } from './BoardColumn';
import { ClosedChoiceDialog } from './ClosedChoiceDialog';
import { CLOSED_STATUSES, COLUMNS, columnOf, OPEN_STATUSES } from './columns';
import { companyName, useBoardMove } from './use-board-move';
import './board.css';

/**
 * #/board: every loop in a column of its stage, the closed ones in a last column that opens on demand.
 * Cards move by drag and drop, by the arrow keys on a card's name, or by its "Move to…" list; each move
 * says what it did with Undo (use-board-move.ts).
 */
export function BoardView() {
  const today = localDate();
  const [showClosed, setShowClosed] = useState(false);
  const state = useLoad(async () => {
    const [open, closedCount, closed] = await Promise.all([
      readBoard(OPEN_STATUSES, today),
      countLoops(CLOSED_STATUSES),
      showClosed ? readBoard(CLOSED_STATUSES, today) : Promise.resolve([]),
    ]);
    return { cards: [...open, ...closed], closedCount };
  }, [showClosed]);
  useDrawnMark(BOARD_DRAWN_MARK, state.phase === 'ready');
  const moves = useBoardMove();
  const dragged = useRef<BoardCard | null>(null);
  const board = useRef<HTMLDivElement>(null);

  // After a move from the keyboard the card's name keeps the focus, once the card is drawn in the column
  // it moved to (not before: the old card is still there until the board is read again); a card gone
  // into the folded closed column hands it to that column's button.
  useEffect(() => {
    const target = moves.focusTarget;
    if (state.phase !== 'ready' || !target) return;
    const column = board.current?.querySelector(`[data-column="${target.column}"]`);
    const found =
      column?.querySelector<HTMLElement>(`li[data-loop="${CSS.escape(target.loopId)}"] .board-card-title`) ??
      (target.column === 'closed' && !showClosed
        ? column?.querySelector<HTMLElement>('.board-toggle')
        : null);
    if (!found) return;
    found.focus();
    moves.focused();
  }, [state, moves.focusTarget]);

  const cards = state.phase === 'ready' ? state.data.cards : [];
  const drop = (loopId: string, columnId: string) => {
    const card =
      dragged.current?.loop.id === loopId ? dragged.current : cards.find((c) => c.loop.id === loopId);
    dragged.current = null;
    const column = COLUMNS.find((c) => c.id === columnId);
    if (card && column) moves.move(card, column, false);
  };
  const empty = state.phase === 'ready' && cards.length === 0 && state.data.closedCount === 0;

  return (
    <section aria-labelledby="board-heading">
      <div class="page-header">
        <h2 id="board-heading">{t('dashboard_board')}</h2>
      </div>
      {state.phase === 'loading' && <p class="muted">{t('dashboard_loading')}</p>}
      {state.phase === 'error' && <p class="error">{state.error}</p>}
      {empty && (
        <div class="empty">
          <strong>{t('dashboard_board_empty_title')}</strong>
          <p>{t('dashboard_board_empty_body')}</p>
          <a href={href('loops', 'new')}>{t('dashboard_new_loop')}</a>
        </div>
      )}
      {state.phase === 'ready' && !empty && (
        <p id={KEYS_HINT_ID} class="muted board-hint">
          {t('dashboard_board_keys_hint')}
        </p>
      )}
      {state.phase === 'ready' && !empty && (
        <div class="board" ref={board}>
          {COLUMNS.map((column) => {
            const closed = column.id === 'closed';
            const inColumn = cards.filter((card) => columnOf(card.loop.status) === column);
            return (
              <BoardColumn
                key={column.id}
                column={column}
                count={closed ? state.data.closedCount : inColumn.length}
                collapsed={closed && !showClosed}
                {...(closed ? { onToggle: () => setShowClosed(!showClosed) } : {})}
                onDrop={(loopId) => drop(loopId, column.id)}
              >
                {inColumn.map((card) => (
                  <BoardCardItem
                    key={card.loop.id}
                    card={card}
                    today={today}
                    onMove={moves.move}
                    onDragStart={(c) => {
                      dragged.current = c;
                    }}
                  />
                ))}
              </BoardColumn>
            );
          })}
        </div>
      )}
      {moves.choosing && (
        <ClosedChoiceDialog
          company={companyName(moves.choosing)}
          onChoose={moves.choose}
          onClose={moves.cancel}
        />
      )}
      {moves.previewing && (
        <OutcomePreviewDialog
          loopId={moves.previewing.card.loop.id}
          company={companyName(moves.previewing.card)}
          change={moves.previewing.change}
          onClose={moves.cancel}
          onConfirm={moves.confirm}
        />
      )}
    </section>
  );
}
