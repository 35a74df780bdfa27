import { useEffect, useState } from 'preact/hooks';
import { getSettings } from '../../db/settings';
import { getTemplate } from '../../db/templates';
import { isMessageKind } from '../../domain/playbook/kinds';
import type { MessageTemplate } from '../../domain/templates';
import { t } from '../../i18n/i18n';
import { type DraftContext, renderDraft } from '../draft';
import { mailtoUrl, profileUrl, usableAddress } from '../mailto';
import { Dialog } from './Dialog';
import { Field } from './Field';

/** "Write": the kind's template filled in for this person and loop, editable; copy it or open email. */
export function DraftDialog({
  context,
  onSent,
  onClose,
}: {
  context: DraftContext;
  /** Marks the reminder done (a touch is logged). */
  onSent: () => void;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState<MessageTemplate | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const { kind } = context;
    if (!isMessageKind(kind)) return;
    void Promise.all([getTemplate(kind), getSettings()]).then(([template, settings]) =>
      setDraft(renderDraft(template, context, settings)),
    );
  }, [context]);
  const person = context.person;
  return (
    <Dialog title={t('ui_write_to', { name: person?.name ?? '' })} onClose={onClose} wide>
      {draft && (
        <div class="form">
          <Field label={t('ui_subject')}>
            <input
              value={draft.subject}
              onInput={(e) => setDraft({ ...draft, subject: e.currentTarget.value })}
            />
          </Field>
          <Field label={t('ui_message')}>
            <textarea
              rows={12}
              value={draft.body}
              onInput={(e) => setDraft({ ...draft, body: e.currentTarget.value })}
            />
          </Field>
          <div class="dialog-actions">
            <span class="muted" role="status">
              {copied ? t('ui_copied') : ''}
            </span>
            <button
              type="button"
              onClick={async () => {
                await navigator.clipboard.writeText(`${draft.subject}\n\n${draft.body}`);
                setCopied(true);
              }}
            >
              {t('ui_copy')}
            </button>
            <a class="button" href={mailtoUrl(usableAddress(person?.emails), draft.subject, draft.body)}>
              {t('ui_open_email')}
            </a>
            {profileUrl(person?.profiles) && (
              <a class="button" href={profileUrl(person?.profiles)} target="_blank" rel="noreferrer">
                {t('ui_open_profile')}
              </a>
            )}
            <button
              type="button"
              class="primary"
              onClick={() => {
                onSent();
                onClose();
              }}
            >
              {t('ui_mark_sent')}
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
