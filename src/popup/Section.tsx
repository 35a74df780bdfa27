import { useId } from 'preact/hooks';
import type { CalendarDate } from '../domain/types';
import { t } from '../i18n/i18n';
import type { Action } from './actions';
import type { Row, Section as SectionData } from './load';
import { ReminderItem } from './ReminderItem';

interface SectionProps {
  section: SectionData;
  /** Rows to draw for now (the first frame draws the first screen only); all of them when absent. */
  shown?: number | undefined;
  today: CalendarDate;
  /** The exact count, once known (sections with more than they show are counted after the first paint). */
  count: number | undefined;
  busyId: string | null;
  onAction: (row: Row, action: Action) => void;
  onWrite: (row: Row) => void;
  onMore: () => void;
}

/** Overdue, Today or Next 14 days: a heading with its count, the reminders, and "Show more". */
export function Section({ section, shown, today, count, busyId, onAction, onWrite, onMore }: SectionProps) {
  const headingId = useId();
  const rows = shown === undefined ? section.rows : section.rows.slice(0, shown);
  return (
    <section class={`section section-${section.name}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="section-heading">
        {t(`popup_section_${section.name}`)}
        {count !== undefined && <span class="section-count">{count}</span>}
      </h2>
      <ul class="reminders">
        {rows.map((row) => (
          <ReminderItem
            key={row.reminder.id}
            row={row}
            today={today}
            busy={busyId === row.reminder.id}
            onAction={onAction}
            onWrite={onWrite}
          />
        ))}
      </ul>
      {section.more && rows.length === section.rows.length && (
        <button type="button" class="link section-more" onClick={onMore}>
          {count !== undefined
            ? t('popup_show_more_of', { shown: section.rows.length, count })
            : t('popup_show_more')}
        </button>
      )}
    </section>
  );
}
