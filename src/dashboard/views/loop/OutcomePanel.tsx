import { useState } from 'preact/hooks';
import { recordOutcome, undoOutcome } from '../../../db/outcome';
import { localDate } from '../../../domain/today';
import type { Loop, LoopStatus } from '../../../domain/types';
import { type MessageKey, t } from '../../../i18n/i18n';
import { statusKey } from '../../../i18n/labels';
import { Field } from '../../../ui/components/Field';
import { formatDate } from '../../format';
import { useStore } from '../../store';
import { OutcomePreviewDialog } from './OutcomePreviewDialog';
import type { OutcomeChange } from './outcome-preview';
import { StageControl } from './StageControl';

/** The outcome buttons, in the words the user would say them; `preview`: shows what it plans first. */
const OUTCOMES: { status: LoopStatus; label: MessageKey; preview: boolean }[] = [
  { status: 'offer', label: 'dashboard_outcome_offer', preview: true },
  { status: 'rejected', label: 'dashboard_outcome_rejected', preview: true },
  { status: 'withdrawn', label: 'dashboard_outcome_withdrawn', preview: true },
  { status: 'accepted', label: 'dashboard_outcome_accepted', preview: true },
  { status: 'declined', label: 'dashboard_outcome_declined', preview: false },
];

/**
 * What happened, dated: one date field (today unless changed) and one button per outcome. An outcome
 * that plans reminders shows them first (OutcomePreviewDialog); recording puts Undo in the message,
 * which restores the history and the reminders exactly (src/db/outcome.ts).
 */
export function OutcomePanel({ loop, company }: { loop: Loop; company: string }) {
  const { run } = useStore();
  const [on, setOn] = useState(localDate());
  const [deadline, setDeadline] = useState('');
  const [previewing, setPreviewing] = useState<OutcomeChange | null>(null);
  const changeFor = (status: LoopStatus): OutcomeChange =>
    status === 'offer' && deadline ? { status, on, deadline } : { status, on };
  const record = (change: OutcomeChange) =>
    run(() => recordOutcome(loop.id, change), {
      done: t('dashboard_status_recorded', {
        status: t(statusKey(change.status)),
        date: formatDate(change.on),
      }),
      undo: undoOutcome,
    });

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
        {OUTCOMES.map(({ status, label, preview }) => (
          <button
            key={status}
            type="button"
            class={status === loop.status ? 'current' : ''}
            aria-haspopup={preview ? 'dialog' : undefined}
            disabled={!on}
            onClick={() => (preview ? setPreviewing(changeFor(status)) : record(changeFor(status)))}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <StageControl loop={loop} disabled={!on} onMove={(stage) => record({ status: stage, on })} />
      {previewing && (
        <OutcomePreviewDialog
          loopId={loop.id}
          company={company}
          change={previewing}
          onClose={() => setPreviewing(null)}
          onConfirm={() => {
            setPreviewing(null);
            void record(previewing);
          }}
        />
      )}
    </section>
  );
}
