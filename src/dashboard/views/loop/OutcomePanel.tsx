import { useState } from 'preact/hooks';
import { changeLoopStatus, replaceLoopHistory } from '../../../db/loops';
import { localDate } from '../../../domain/today';
import { ACTIVE_STATUSES, type Loop, type LoopStatus } from '../../../domain/types';
import { type MessageKey, t } from '../../../i18n/i18n';
import { statusKey } from '../../../i18n/labels';
import { ChoiceSelect } from '../../../ui/components/ChoiceSelect';
import { Field } from '../../../ui/components/Field';
import { formatDate } from '../../format';
import { useStore } from '../../store';

/** The stage after the current one, for the "Move to stage" picker. */
function nextStage(status: LoopStatus): LoopStatus {
  const index = (ACTIVE_STATUSES as readonly LoopStatus[]).indexOf(status);
  if (index < 0) return 'interviewing';
  return ACTIVE_STATUSES[Math.min(index + 1, ACTIVE_STATUSES.length - 1)] ?? 'interviewing';
}

/** The outcome buttons, in the words the user would say them. */
const OUTCOMES: { status: LoopStatus; label: MessageKey }[] = [
  { status: 'offer', label: 'dashboard_outcome_offer' },
  { status: 'rejected', label: 'dashboard_outcome_rejected' },
  { status: 'withdrawn', label: 'dashboard_outcome_withdrawn' },
  { status: 'accepted', label: 'dashboard_outcome_accepted' },
  { status: 'declined', label: 'dashboard_outcome_declined' },
];

/**
 * What happened, dated: one date field (today unless changed) and one click per outcome, so recording
 * "They chose someone else" is a single action; Undo in the message puts the history back.
 */
export function OutcomePanel({ loop }: { loop: Loop }) {
  const { run } = useStore();
  const [on, setOn] = useState(localDate());
  const [deadline, setDeadline] = useState('');
  const [stage, setStage] = useState<LoopStatus>(nextStage(loop.status));
  const record = (status: LoopStatus) =>
    run(
      () =>
        changeLoopStatus(loop.id, { status, on, ...(status === 'offer' && deadline ? { deadline } : {}) }),
      {
        done: t('dashboard_status_recorded', { status: t(statusKey(status)), date: formatDate(on) }),
        undo: () => replaceLoopHistory(loop.id, loop.history),
      },
    );

  return (
    <section class="panel outcome" aria-labelledby="outcome-heading">
      <h3 id="outcome-heading">{t('dashboard_what_happened')}</h3>
      <div class="form-row">
        <Field label={t('dashboard_outcome_date')}>
          <input type="date" required value={on} onInput={(e) => setOn(e.currentTarget.value)} />
        </Field>
        <Field label={t('dashboard_offer_deadline_optional')}>
          <input type="date" min={on} value={deadline} onInput={(e) => setDeadline(e.currentTarget.value)} />
        </Field>
      </div>
      <div class="button-row">
        {OUTCOMES.map(({ status, label }) => (
          <button
            key={status}
            type="button"
            class={status === loop.status ? 'current' : ''}
            disabled={!on}
            onClick={() => record(status)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <div class="button-row stage-row">
        <Field label={t('dashboard_stage')}>
          <ChoiceSelect
            value={stage}
            choices={ACTIVE_STATUSES}
            label={(choice) => t(statusKey(choice))}
            onChange={setStage}
          />
        </Field>
        <button type="button" disabled={!on || stage === loop.status} onClick={() => record(stage)}>
          {t('dashboard_move_to_stage')}
        </button>
      </div>
    </section>
  );
}
