import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import { columnLabel } from './BoardCardItem';
import type { BoardColumnSpec } from './columns';

/**
 * A column: a region named by its heading, holding a list of cards, and a drop target for a dragged
 * card. `collapsed` (the closed column, by default) keeps the heading, the count and the drop target
 * and leaves the cards out; its heading's button opens it.
 */
export function BoardColumn({
  column,
  count,
  collapsed,
  onToggle,
  onDrop,
  children,
}: {
  column: BoardColumnSpec;
  count: number;
  collapsed?: boolean;
  onToggle?: () => void;
  onDrop: (loopId: string) => void;
  children: ComponentChildren;
}) {
  const [over, setOver] = useState(false);
  const headingId = `board-column-${column.id}`;
  const label = columnLabel(column);
  return (
    <section
      class={`board-column${over ? ' drop-target' : ''}${collapsed ? ' collapsed' : ''}`}
      aria-labelledby={headingId}
      data-column={column.id}
      onDragOver={(event) => {
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={(event) => {
        const to = event.relatedTarget as Node | null;
        if (!to || !(event.currentTarget as HTMLElement).contains(to)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const loopId = event.dataTransfer?.getData('text/plain');
        if (loopId) onDrop(loopId);
      }}
    >
      {/* The region and its list are named by the column's name alone; the heading adds the count. */}
      <h3 class="board-column-heading">
        <span id={headingId}>
          {onToggle ? (
            <button type="button" class="board-toggle" aria-expanded={!collapsed} onClick={onToggle}>
              {label}
            </button>
          ) : (
            label
          )}
        </span>{' '}
        <span class="count">{count}</span>
      </h3>
      {collapsed ? (
        <p class="muted board-collapsed-note">{t('dashboard_board_closed_hidden')}</p>
      ) : count === 0 ? (
        <p class="muted board-empty-column">{t('dashboard_board_column_empty')}</p>
      ) : (
        <ul class="board-cards" aria-labelledby={headingId}>
          {children}
        </ul>
      )}
    </section>
  );
}
