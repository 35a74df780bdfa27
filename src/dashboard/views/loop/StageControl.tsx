import { useState } from 'preact/hooks';
import { ACTIVE_STATUSES, type Loop, type LoopStatus } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { statusKey } from '../../../i18n/labels';
import { ChoiceSelect } from '../../../ui/components/ChoiceSelect';
import { Field } from '../../../ui/components/Field';

/**
 * The stages the select offers: the live stages, and the loop's own status when it is an outcome (an
 * offer, a "no"), so the select can always show where the loop is. Without it a select whose value is
 * not among its options shows its first option: "Applied" on a rejected loop.
 */
export function stageChoices(status: LoopStatus): readonly LoopStatus[] {
  return (ACTIVE_STATUSES as readonly LoopStatus[]).includes(status)
    ? ACTIVE_STATUSES
    : [...ACTIVE_STATUSES, status];
}

/**
 * "Stage": shows the loop's current status; choosing another stage enables Move to stage. The choice is
 * a draft over the loop's status (not a copy of it), so after an outcome or an undo the select follows
 * the loop instead of keeping what it showed before.
 */
export function StageControl({
  loop,
  disabled,
  onMove,
}: {
  loop: Loop;
  disabled: boolean;
  onMove: (stage: LoopStatus) => void;
}) {
  const [draft, setDraft] = useState<{ of: Loop; to: LoopStatus } | null>(null);
  // A draft holds for the loop as it was read when the choice was made; any change since (an outcome,
  // an undo, an edit elsewhere) reloads the loop and the select shows its status again.
  const stage = draft && draft.of === loop ? draft.to : loop.status;
  return (
    <div class="button-row stage-row">
      <Field label={t('dashboard_stage')}>
        <ChoiceSelect
          value={stage}
          choices={stageChoices(loop.status)}
          label={(choice) => t(statusKey(choice))}
          onChange={(to) => setDraft({ of: loop, to })}
        />
      </Field>
      <button
        type="button"
        disabled={disabled || stage === loop.status}
        onClick={() => {
          setDraft(null);
          onMove(stage);
        }}
      >
        {t('dashboard_move_to_stage')}
      </button>
    </div>
  );
}
