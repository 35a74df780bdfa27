import type { LoopStatus } from '../../../domain/types';
import { type MessageKey, t } from '../../../i18n/i18n';
import { Dialog } from '../../../ui/components/Dialog';

/** The ways a loop closes, in the words of the loop page's outcome buttons. */
const ENDINGS: { status: LoopStatus; label: MessageKey }[] = [
  { status: 'rejected', label: 'dashboard_outcome_rejected' },
  { status: 'withdrawn', label: 'dashboard_outcome_withdrawn' },
  { status: 'accepted', label: 'dashboard_outcome_accepted' },
  { status: 'declined', label: 'dashboard_outcome_declined' },
];

/** A card dropped on the closed column: which way did the loop end? */
export function ClosedChoiceDialog({
  company,
  onChoose,
  onClose,
}: {
  company: string;
  onChoose: (status: LoopStatus) => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={t('dashboard_board_how_ended', { company })} onClose={onClose}>
      <div class="button-column">
        {ENDINGS.map(({ status, label }) => (
          <button key={status} type="button" onClick={() => onChoose(status)}>
            {t(label)}
          </button>
        ))}
      </div>
      <div class="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('ui_cancel')}
        </button>
      </div>
    </Dialog>
  );
}
