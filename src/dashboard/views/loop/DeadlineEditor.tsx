import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n';
import { Field } from '../../../ui/components/Field';

/** The offer's decision deadline: set, move or clear it (the offer reminders follow). */
export function DeadlineEditor({
  deadline,
  min,
  onSave,
}: {
  deadline: string;
  min: string;
  onSave: (deadline: string) => Promise<void>;
}) {
  const [draft, setDraft] = useState(deadline);
  useEffect(() => setDraft(deadline), [deadline]);
  return (
    <form
      class="row"
      onSubmit={async (event) => {
        event.preventDefault();
        await onSave(draft);
      }}
    >
      <Field label={t('dashboard_offer_deadline')}>
        <input type="date" min={min} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      </Field>
      <button type="submit" disabled={draft === deadline}>
        {t('dashboard_save_deadline')}
      </button>
    </form>
  );
}
