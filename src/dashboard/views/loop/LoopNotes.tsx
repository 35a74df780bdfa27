import type { Loop } from '../../../domain/types';
import { t } from '../../../i18n/i18n';
import { LoopTextEditor } from './LoopTextEditor';

/** The loop's own notes, saved as typed. */
export function LoopNotes({ loop }: { loop: Loop }) {
  return (
    <section aria-labelledby="notes-heading" class="panel">
      <h3 id="notes-heading">{t('dashboard_notes')}</h3>
      <LoopTextEditor loop={loop} field="notes" label={t('dashboard_loop_notes')} />
    </section>
  );
}
