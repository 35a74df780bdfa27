import { replaceLoopHistory } from '../../../db/loops';
import { localDate } from '../../../domain/today';
import type { OfferDetails } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { countdown, formatDate } from '../../format';
import { useStore } from '../../store';
import { DeadlineEditor } from './DeadlineEditor';
import { LoopTextEditor } from './LoopTextEditor';
import type { LoopPage } from './load';
import { QuestionsEditor } from './QuestionsEditor';

/**
 * Offer mode (the coaching playbook's "interview for an offer"): with an offer in hand the user holds
 * the strong position, so the page leads with the steps — probing questions, more people and offices,
 * the frank conversation with the hiring manager — and the decision deadline counting down.
 */
export function OfferPanel({ page }: { page: LoopPage }) {
  const { run } = useStore();
  const { loop } = page;
  const offer: Pick<OfferDetails, 'deadline'> = loop.offer ?? {};
  const manager = page.participants.find((row) => row.participation.role === 'hiring-manager')?.person.name;
  const today = localDate();

  return (
    <section class="panel offer-panel" aria-labelledby="offer-heading">
      <div class="section-header">
        <h3 id="offer-heading">{t('dashboard_offer_steps')}</h3>
        <p class={offer.deadline ? 'countdown' : 'muted'} role="timer">
          {offer.deadline
            ? `${countdown(offer.deadline, today)} · ${t('dashboard_deadline_on', { date: formatDate(offer.deadline) })}`
            : t('dashboard_no_deadline')}
        </p>
      </div>
      <p class="muted">{t('dashboard_offer_intro')}</p>
      <ol class="steps">
        <li>
          <h4>{t('dashboard_offer_step_questions')}</h4>
          <QuestionsEditor loop={loop} />
        </li>
        <li>
          <h4>{t('dashboard_offer_step_meet')}</h4>
          <LoopTextEditor loop={loop} field="offer.toMeet" label={t('dashboard_offer_to_meet')} />
        </li>
        <li>
          <h4>{t('dashboard_offer_step_conversation')}</h4>
          <p class="muted">
            {manager
              ? t('dashboard_offer_conversation_with', { name: manager })
              : t('dashboard_offer_conversation_hint')}
          </p>
          <LoopTextEditor
            loop={loop}
            field="offer.conversation"
            label={t('dashboard_offer_conversation')}
            rows={6}
          />
        </li>
        <li>
          <h4>{t('dashboard_offer_step_decide')}</h4>
          <DeadlineEditor
            deadline={offer.deadline ?? ''}
            min={loop.history.at(-1)?.on ?? today}
            onSave={async (deadline) => {
              const history = loop.history.map((change, index) =>
                index === loop.history.length - 1 ? withDeadline(change, deadline) : change,
              );
              await run(() => replaceLoopHistory(loop.id, history), {
                done: t('dashboard_deadline_saved'),
                undo: () => replaceLoopHistory(loop.id, loop.history),
              });
            }}
          />
          <LoopTextEditor loop={loop} field="offer.notes" label={t('dashboard_offer_notes')} />
        </li>
      </ol>
    </section>
  );
}

function withDeadline<T extends { deadline?: string }>(change: T, deadline: string): T {
  const next = { ...change };
  if (deadline) next.deadline = deadline;
  else delete next.deadline;
  return next;
}
