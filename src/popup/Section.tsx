import { useId } from 'preact/hooks';
import type { Action } from '../domain/reminder-action';
import type { CalendarDate } from '../domain/types';
import { t } from '../i18n/i18n';
import { GroupBlock } from './GroupBlock';
import type { Row, Section as SectionData } from './load';
import { groupRows } from './order';

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
  onMarkAllSent: (rows: Row[], title: string) => void;
  onMore: () => void;
}

/** Overdue, Today or Next 14 days: a heading with its count, the reminders by loop, and "Show more". */
export function Section({ section, shown, count, onMore, ...rest }: SectionProps) {
  const headingId = useId();
  // Rows come arranged (order.ts): the first `shown` of them are the first screen's.
  const rows = shown === undefined ? section.rows : section.rows.slice(0, shown);
  return (
    <section class={`section section-${section.name}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="section-heading">
        {t(`popup_section_${section.name}`)}
        {count !== undefined && <span class="section-count">{count}</span>}
      </h2>
      {groupRows(rows).map((group) => (
        <GroupBlock key={group.key} group={group} {...rest} />
      ))}
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
