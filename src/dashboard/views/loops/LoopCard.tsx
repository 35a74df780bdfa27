import type { NextStep } from '../../../db/next-steps';
import type { LoopOverview } from '../../../db/overview';
import type { CalendarDate } from '../../../domain/types';
import { plural } from '../../../i18n/format';
import { t } from '../../../i18n/i18n';
import { kindKey } from '../../../i18n/labels';
import { countdown, formatDate, relativeDay } from '../../format';
import { href } from '../../router';

/** "Next: Thank-you note — Dana Hill, Today": what, for whom, when, in plain words. */
export function nextStepText(step: NextStep | undefined, today: CalendarDate): string {
  if (!step) return t('dashboard_nothing_next');
  const what = t(kindKey(step.reminder.kind));
  const when = relativeDay(step.reminder.showOn, today);
  return step.person
    ? t('dashboard_next_step_person', { what, who: step.person.name, when })
    : t('dashboard_next_step_loop', { what, when });
}

/** "Offer: decide by Fri, 11 Dec 2026 (9 days left)" (the loops list and the board). */
export function OfferDeadline({ deadline, today }: { deadline: CalendarDate; today: CalendarDate }) {
  return (
    <span class="card-deadline">
      {t('dashboard_offer_deadline_card', { date: formatDate(deadline), left: countdown(deadline, today) })}
    </span>
  );
}

/** One loop in the list: company and role, how many people, its next step and an offer's deadline. */
export function LoopCard({
  row,
  step,
  today,
}: {
  row: LoopOverview;
  step: NextStep | undefined;
  today: string;
}) {
  const { loop, company, peopleCount } = row;
  const deadline = loop.status === 'offer' ? loop.offer?.deadline : undefined;
  const overdue = !!step && step.reminder.showOn < today;
  return (
    <li class="card loop-card">
      <div class="card-main">
        <a class="card-title truncate" href={href('loops', loop.id)}>
          {company?.name ?? t('dashboard_unknown_company')}
        </a>
        <span class="muted truncate">{loop.role}</span>
      </div>
      <span class="muted nowrap">
        {plural(peopleCount, { one: 'dashboard_person_count', other: 'dashboard_people_count' })}
      </span>
      <div class="card-next">
        <span class={overdue ? 'next-step overdue' : 'next-step'}>{nextStepText(step, today)}</span>
        {deadline && <OfferDeadline deadline={deadline} today={today} />}
      </div>
    </li>
  );
}
