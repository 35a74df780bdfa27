import type { BoardCard } from '../../../db/board';
import type { CalendarDate } from '../../../domain/types';
import { plural } from '../../../i18n/format';
import { t } from '../../../i18n/i18n';
import { statusKey } from '../../../i18n/labels';
import { MenuButton } from '../../../ui/components/MenuButton';
import { daysBetween } from '../../format';
import { href } from '../../router';
import { nextStepText, OfferDeadline } from '../loops/LoopCard';
import { type BoardColumnSpec, COLUMNS, columnOf, initials, neighbour } from './columns';

/** How many people's initials a card shows before "+3". */
const SHOWN_PEOPLE = 4;

export const KEYS_HINT_ID = 'board-keys-hint';

export function columnLabel(column: BoardColumnSpec): string {
  return column.id === 'closed' ? t('dashboard_board_closed') : t(statusKey(column.id));
}

/**
 * One loop on the board: company, role, the people's initials, days in its stage, the next step and an
 * offer's deadline. Draggable; on its name the left and right arrow keys move it a column, and "Move
 * to…" lists every other column, so the mouse is never the only way.
 */
export function BoardCardItem({
  card,
  today,
  onMove,
  onDragStart,
}: {
  card: BoardCard;
  today: CalendarDate;
  onMove: (card: BoardCard, to: BoardColumnSpec, byKeyboard: boolean) => void;
  onDragStart: (card: BoardCard) => void;
}) {
  const { loop, company, people, since, next } = card;
  const name = company?.name ?? t('dashboard_unknown_company');
  const here = columnOf(loop.status);
  const deadline = loop.status === 'offer' ? loop.offer?.deadline : undefined;
  const days = Math.max(0, daysBetween(since, today));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const step = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    const to = step ? neighbour(loop.status, step) : undefined;
    if (!to) return;
    event.preventDefault();
    onMove(card, to, true);
  };
  return (
    <li
      class="card board-card"
      data-loop={loop.id}
      draggable
      onDragStart={(event) => {
        event.dataTransfer?.setData('text/plain', loop.id);
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
        onDragStart(card);
      }}
    >
      <a
        class="card-title board-card-title"
        href={href('loops', loop.id)}
        aria-describedby={KEYS_HINT_ID}
        // Grabbing the name drags the card, not the link's address.
        draggable={false}
        onKeyDown={onKeyDown}
      >
        {name}
      </a>
      <span class="board-card-role">{loop.role}</span>
      {people.length > 0 && (
        <p class="board-people">
          <span class="visually-hidden">{t('dashboard_board_people', { names: people.join(', ') })}</span>
          {people.slice(0, SHOWN_PEOPLE).map((person, index) => (
            <span key={`${person}-${index}`} class="initials" aria-hidden="true" title={person}>
              {initials(person)}
            </span>
          ))}
          {people.length > SHOWN_PEOPLE && (
            <span class="initials more" aria-hidden="true">
              +{people.length - SHOWN_PEOPLE}
            </span>
          )}
        </p>
      )}
      <span class="muted board-days">
        {here.id === 'closed' && `${t(statusKey(loop.status))} · `}
        {plural(days, { one: 'dashboard_board_day_in_stage', other: 'dashboard_board_days_in_stage' })}
      </span>
      <span class="board-next">{nextStepText(next, today)}</span>
      {deadline && <OfferDeadline deadline={deadline} today={today} />}
      <MenuButton
        class="board-move"
        label={t('dashboard_board_move_to')}
        ariaLabel={t('dashboard_board_move_named', { company: name, role: loop.role })}
        items={COLUMNS.filter((column) => column !== here).map((column) => ({
          label: column.id === 'closed' ? t('dashboard_board_closed_choice') : columnLabel(column),
          onSelect: () => onMove(card, column, true),
        }))}
      />
    </li>
  );
}
