import { roleKeyOf } from '../../../db/due';
import { localDate } from '../../../domain/today';
import { t } from '../../../i18n/i18n';
import { ReminderList } from '../agenda/ReminderList';
import type { LoopPage } from './load';
import { openReminders } from './open-reminders';

/** The loop page's first section: its open reminders with the popup's actions (Write, Done, Snooze…). */
export function NextSteps({ page }: { page: LoopPage }) {
  const open = openReminders(page.reminders, localDate());
  return (
    <section class="panel" aria-labelledby="next-steps-heading">
      <h3 id="next-steps-heading">{t('dashboard_next_steps')}</h3>
      {open.length === 0 ? (
        <p class="muted">{t('dashboard_next_steps_none')}</p>
      ) : (
        <ReminderList
          reminders={open}
          people={page.people}
          loops={new Map([[page.loop.id, { loop: page.loop, company: page.company }]])}
          roles={
            new Map(
              page.participants.map((p) => [roleKeyOf(page.loop.id, p.person.id), p.participation.role]),
            )
          }
        />
      )}
    </section>
  );
}
